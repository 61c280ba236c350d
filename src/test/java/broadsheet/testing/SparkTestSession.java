package broadsheet.testing;

import broadsheet.io.SparkSessions;
import org.apache.spark.sql.SparkSession;

import java.util.Map;

/** One local[2] SparkSession for every test class in the JVM: starting Spark costs seconds. */
public final class SparkTestSession {
    private static SparkSession spark;

    private SparkTestSession() {
    }

    public static synchronized SparkSession get() {
        if (spark == null) {
            spark = SparkSessions.create("broadsheet-tests", "local[2]", Map.of(
                    "spark.sql.shuffle.partitions", "2",
                    "spark.default.parallelism", "2",
                    "spark.driver.host", "127.0.0.1",
                    "spark.driver.bindAddress", "127.0.0.1"));
            Runtime.getRuntime().addShutdownHook(new Thread(spark::stop));
        }
        return spark;
    }
}
