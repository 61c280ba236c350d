package broadsheet.io;

import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;

/**
 * Writes and reads output tables as Parquet directories under the output root, always through their
 * {@link TableSpec} so that names, order and types are the documented ones. {@link #write} replaces the whole
 * table: a rerun never duplicates rows or leaves stale files behind.
 *
 * <p>Incremental runs replace parts of tables in two steps, so that no Spark job ever reads the files it
 * overwrites: {@link #stage} writes the new content (old rows kept + new rows) to {@code _staging/<table>}, a
 * job that only reads the table; {@link #publish} then copies the staged rows into the table, a job that only
 * reads the staging directory. A partitioned table gets only the partitions present in the staged rows replaced
 * (Spark's dynamic partition overwrite, set on that one write); the others keep their files untouched.
 */
public final class TableWriter {
    private final String outputDir;

    public TableWriter(String outputDir) {
        this.outputDir = outputDir.endsWith("/") ? outputDir.substring(0, outputDir.length() - 1) : outputDir;
    }

    public String pathOf(TableSpec table) {
        return outputDir + "/" + table.name();
    }

    public String stagingPathOf(TableSpec table) {
        return outputDir + "/" + OutputState.STAGING_DIR + "/" + table.name();
    }

    public void write(Dataset<Row> rows, TableSpec table) {
        writer(rows, table).parquet(pathOf(table));
    }

    private static DataFrameWriter<Row> writer(Dataset<Row> rows, TableSpec table) {
        var writer = rows.select(table.projection()).write().mode(SaveMode.Overwrite);
        if (!table.partitionBy().isEmpty()) {
            writer = writer.partitionBy(table.partitionBy().toArray(new String[0]));
        }
        return writer;
    }

    public Dataset<Row> read(SparkSession spark, TableSpec table) {
        return spark.read().schema(table.schema()).parquet(pathOf(table)).select(table.projection());
    }

    /**
     * Writes {@code rows} to the table's staging directory, replacing an earlier staging of it, and returns them
     * read back from there. {@code rows} may be computed from the table itself: the table is only read.
     */
    public Dataset<Row> stage(SparkSession spark, Dataset<Row> rows, TableSpec table) {
        writer(rows, table).parquet(stagingPathOf(table));
        return readStaged(spark, table);
    }

    public Dataset<Row> readStaged(SparkSession spark, TableSpec table) {
        return spark.read().schema(table.schema()).parquet(stagingPathOf(table)).select(table.projection());
    }

    /**
     * Moves what {@link #stage} wrote into the table: for a partitioned table, each staged partition replaces the
     * table's partition of the same value, and the table's other partitions are left as they are; an unpartitioned
     * table is replaced whole. The staged rows are read from the staging directory only. {@code _staging/_PUBLISHING}
     * names the table while its files are being replaced, so that a run killed in that window is recognised.
     */
    public void publish(SparkSession spark, TableSpec table, OutputState state) throws IOException {
        publish(spark, readStaged(spark, table), table, state);
    }

    /** {@link #publish(SparkSession, TableSpec, OutputState)} of rows read from another table's staging directory. */
    public void publish(SparkSession spark, Dataset<Row> staged, TableSpec table, OutputState state) throws IOException {
        state.markPublishing(table.name());
        var writer = writer(staged, table);
        if (!table.partitionBy().isEmpty()) {
            // Per write, not for the session: every other write of the run still replaces its table whole.
            writer = writer.option("partitionOverwriteMode", "dynamic");
        }
        writer.parquet(pathOf(table));
        state.publishingDone();
    }

    public String outputDir() {
        return outputDir;
    }
}
