package broadsheet.io;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Writes and reads output tables as Parquet directories under the output root, always through their
 * {@link TableSpec} so that names, order and types are the documented ones. Writes replace the whole
 * table: a rerun never duplicates rows or leaves stale files behind.
 */
public final class TableWriter {
    private final String outputDir;

    public TableWriter(String outputDir) {
        this.outputDir = outputDir.endsWith("/") ? outputDir.substring(0, outputDir.length() - 1) : outputDir;
    }

    public String pathOf(TableSpec table) {
        return outputDir + "/" + table.name();
    }

    public void write(Dataset<Row> rows, TableSpec table) {
        var writer = rows.select(table.projection()).write().mode(SaveMode.Overwrite);
        if (!table.partitionBy().isEmpty()) {
            writer = writer.partitionBy(table.partitionBy().toArray(new String[0]));
        }
        writer.parquet(pathOf(table));
    }

    public Dataset<Row> read(SparkSession spark, TableSpec table) {
        return spark.read().schema(table.schema()).parquet(pathOf(table)).select(table.projection());
    }

    public String outputDir() {
        return outputDir;
    }
}
