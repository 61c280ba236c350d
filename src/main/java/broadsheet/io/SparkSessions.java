package broadsheet.io;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

import java.util.Map;

/**
 * Builds the SparkSession for a run. Under spark-submit the master and settings come from the launcher;
 * run directly (run-local, tests) it defaults to an embedded {@code local[*]}. Settings that make outputs
 * portable and deterministic are fixed here: UTC session time zone, zstd Parquet, TIMESTAMP_MICROS.
 */
public final class SparkSessions {
    private SparkSessions() {
    }

    public static SparkSession create(String appName, String master, Map<String, String> confs) {
        SparkConf conf = new SparkConf();
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        boolean local = conf.get("spark.master").startsWith("local");
        conf.setIfMissing("spark.sql.session.timeZone", "UTC");
        // Dates in Rows as java.time.LocalDate, as the plain-Java core uses them.
        conf.set("spark.sql.datetime.java8API.enabled", "true");
        conf.setIfMissing("spark.sql.parquet.compression.codec", "zstd");
        conf.setIfMissing("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
        conf.setIfMissing("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
        // The analysis pass caches its rows only to hand them to three writers, each reading them once: compressing
        // the cached batches cost ~14 s of CPU per 10 M characters for ~15 % less memory (docs/benchmark.md).
        conf.setIfMissing("spark.sql.inMemoryColumnarStorage.compressed", "false");
        // Local output without Hadoop's .crc side files, which readers such as polars take for data.
        conf.setIfMissing("spark.hadoop.fs.file.impl", "org.apache.hadoop.fs.RawLocalFileSystem");
        if (local) {
            // Small machines, small inputs: a handful of shuffle partitions, no web UI port to collide on.
            conf.setIfMissing("spark.sql.shuffle.partitions", "8");
            conf.setIfMissing("spark.ui.enabled", "false");
        }
        confs.forEach(conf::set);
        return SparkSession.builder().appName(appName).config(conf).getOrCreate();
    }
}
