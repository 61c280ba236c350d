package broadsheet.ingest;

import broadsheet.io.Tables;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;

import java.io.IOException;
import java.util.List;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

/**
 * Spark shell around {@link InputFileReader}: lists the input directory on the driver (paths and sizes), reads
 * every file once on the executors, and splits the results into the {@code articles}, {@code rejects}
 * and {@code warnings} tables. An article id seen in two files (the same issue twice in the corpus) is
 * kept once, from the first path, and the other copy goes to rejects.
 */
public final class IngestStage {
    /** Duplicate copies up to which their keys are broadcast to drop them (about 100 bytes each). */
    static final long MAX_BROADCAST_DUPLICATES = 200_000;

    private final SparkSession spark;
    private final long maxFileBytes;
    private long skippedFiles;

    private final long maxBroadcastDuplicates;

    public IngestStage(SparkSession spark, long maxFileBytes) {
        this(spark, maxFileBytes, MAX_BROADCAST_DUPLICATES);
    }

    IngestStage(SparkSession spark, long maxFileBytes, long maxBroadcastDuplicates) {
        this.spark = spark;
        this.maxFileBytes = maxFileBytes;
        this.maxBroadcastDuplicates = maxBroadcastDuplicates;
    }

    /** The three tables of one ingest run; {@code records} is cached until {@link #release()}. */
    public record Output(Dataset<Row> articles, Dataset<Row> rejects, Dataset<Row> warnings, Dataset<IngestRecord> records,
                         Dataset<Row> duplicates) {
        public void release() {
            records.unpersist();
            duplicates.unpersist();
        }
    }

    /** Hidden files (names starting with '.' or '_') under the input, not read; known after {@link #run}. */
    public long skippedFiles() {
        return skippedFiles;
    }

    public Output run(String inputDir) throws IOException {
        return run(inputDir, List.of());
    }

    /** @param excludedDirs directories under the input not to read (the run's own output) */
    public Output run(String inputDir, List<String> excludedDirs) throws IOException {
        Path root = new Path(inputDir);
        FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
        String rootUri = fs.makeQualified(root).toString();

        InputFile.Listing listed = InputFile.list(fs, root, excludedDirs.stream().map(Path::new).toList());
        List<InputFile> files = listed.files();
        int slices = Math.max(1, Math.min(files.size(), spark.sparkContext().defaultParallelism() * 4));
        Dataset<Row> listing = spark.createDataset(files, Encoders.bean(InputFile.class))
                .repartition(slices)
                .select("path", "length");
        skippedFiles = listed.hidden();

        // Spark's own wrapper: it serialises under Kryo too (a transient field with writeObject does not).
        Broadcast<SerializableConfiguration> conf = spark.sparkContext().broadcast(
                new SerializableConfiguration(spark.sparkContext().hadoopConfiguration()),
                scala.reflect.ClassTag$.MODULE$.apply(SerializableConfiguration.class));
        long limit = maxFileBytes;
        FlatMapFunction<Row, IngestRecord> readFile = row -> readOne(new InputFileReader(limit), conf.value().value(), rootUri,
                row.getString(0), row.getLong(1), limit).iterator();
        Dataset<IngestRecord> records = listing
                .flatMap(readFile, Encoders.bean(IngestRecord.class))
                .persist(StorageLevel.MEMORY_AND_DISK());

        Dataset<Row> allArticles = records.filter(col("kind").equalTo(IngestRecord.ARTICLE)).toDF();
        // Which copy of an article id is kept is decided on a narrow projection, so the text is not shuffled for it.
        WindowSpec byId = Window.partitionBy("articleId").orderBy(col("inputPath"), col("articleSeq"));
        Dataset<Row> duplicates = allArticles.select("articleId", "inputPath", "articleSeq", "source", "issueDate")
                .withColumn("copy", row_number().over(byId))
                .withColumn("firstPath", first(col("inputPath")).over(byId))
                .filter(col("copy").gt(1))
                .persist(StorageLevel.MEMORY_AND_DISK());
        long duplicateCount = duplicates.count();
        Dataset<Row> articles;
        if (duplicateCount == 0) {
            articles = allArticles;
        } else if (duplicateCount <= maxBroadcastDuplicates) {
            // Usually few (an issue filed twice): their keys go to every task, and the articles stay where they are.
            Dataset<Row> drop = broadcast(duplicates.select(col("articleId").as("d_id"), col("inputPath").as("d_path"),
                    col("articleSeq").as("d_seq")));
            articles = allArticles.join(drop, col("articleId").equalTo(col("d_id")).and(col("inputPath").equalTo(col("d_path")))
                    .and(col("articleSeq").equalTo(col("d_seq"))), "left_anti");
        } else {
            // A corpus read twice over: too many keys to broadcast; the articles are grouped by id instead.
            articles = allArticles.withColumn("copy", row_number().over(byId)).filter(col("copy").equalTo(1));
        }
        articles = articles.transform(IngestStage::toArticlesTable);
        Dataset<Row> duplicateRejects = duplicates
                .select(col("inputPath").as("input_path"), lit(null).cast("bigint").as("line"),
                        lit(RejectReasons.DUPLICATE_ARTICLE).as("reason"),
                        concat(lit("article "), col("articleId"), lit(" ("), col("source"), lit(" "),
                                col("issueDate").cast("string"), lit(") is already read from "), col("firstPath")).as("detail"),
                        lit("ingest").as("stage"));
        Dataset<Row> rejects = problems(records, IngestRecord.REJECT).unionByName(duplicateRejects)
                .select(Tables.REJECTS.projection());
        // What the listing noticed is about directories, not files: in warnings, outside the files' reconciliation.
        Dataset<Row> warnings = problems(records, IngestRecord.WARNING)
                .unionByName(problems(spark.createDataset(listed.warnings(), Encoders.bean(IngestRecord.class)), IngestRecord.WARNING))
                .select(Tables.WARNINGS.projection());
        return new Output(articles, rejects, warnings, records, duplicates);
    }

    /** Bean columns to the documented snake_case columns of {@code articles}. */
    static Dataset<Row> toArticlesTable(Dataset<Row> beans) {
        return beans.select(
                        col("articleId").as("article_id"), col("source"), col("issueDate").as("issue_date"),
                        col("page"), col("articleSeq").as("article_seq"), col("headline"), col("dateline"),
                        col("datelineDate").as("dateline_date"), col("bylines"), col("text"),
                        col("charCount").as("char_count"), col("sentenceCount").as("sentence_count"),
                        col("format"), col("encoding"), col("inputPath").as("input_path"),
                        Tables.issueMonth(col("issueDate")).as("issue_month"))
                .select(Tables.ARTICLES.projection());
    }

    private static Dataset<Row> problems(Dataset<IngestRecord> records, String kind) {
        return records.filter(col("kind").equalTo(kind))
                .select(col("inputPath").as("input_path"), col("line"), col("reason"), col("detail"), lit("ingest").as("stage"));
    }

    /** Reads one file; a file that is too large or cannot be opened becomes a reject, never an exception. */
    static List<IngestRecord> readOne(InputFileReader reader, Configuration conf, String rootUri,
                                      String path, long length, long limit) {
        if (length > limit) {
            return List.of(IngestRecord.reject(path, null, RejectReasons.TOO_LARGE,
                    length + " bytes is over the limit of " + limit + " bytes (--max-file-size)"));
        }
        byte[] bytes;
        try {
            Path p = new Path(path);
            FileSystem fs = p.getFileSystem(conf);
            bytes = new byte[(int) length];
            try (FSDataInputStream in = fs.open(p)) {
                in.readFully(0, bytes);
            }
        } catch (IOException | RuntimeException e) {
            return List.of(IngestRecord.reject(path, null, RejectReasons.UNREADABLE, e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
        return reader.read(path, relativize(rootUri, path), bytes);
    }

    static String relativize(String rootUri, String path) {
        String root = rootUri.endsWith("/") ? rootUri : rootUri + "/";
        if (path.startsWith(root)) {
            return path.substring(root.length());
        }
        // Different spelling of the same root (file:/ vs file:///): fall back to the last path elements.
        String[] parts = path.split("/");
        int from = Math.max(0, parts.length - 4);
        return String.join("/", java.util.Arrays.copyOfRange(parts, from, parts.length));
    }
}
