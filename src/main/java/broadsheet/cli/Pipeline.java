package broadsheet.cli;

import broadsheet.ingest.IngestRecord;
import broadsheet.entities.EntitiesStage;
import broadsheet.entities.EntityExtractor;
import broadsheet.ingest.IngestStage;
import broadsheet.investments.InvestmentsStage;
import broadsheet.topics.TopicMatcher;
import broadsheet.io.RunSummary;
import broadsheet.io.TableWriter;
import broadsheet.io.Tables;
import broadsheet.nlp.NlpConfig;
import broadsheet.nlp.SegmentStage;
import broadsheet.terms.Period;
import broadsheet.terms.TermsStage;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.when;

/** Runs the stages a command asks for, in order, writing each table and filling the run summary. */
public final class Pipeline {
    private final SparkSession spark;
    private final TableWriter out;
    private final RunSummary summary;

    public Pipeline(SparkSession spark, String outputDir, RunSummary summary) {
        this.spark = spark;
        this.out = new TableWriter(outputDir);
        this.summary = summary;
    }

    public int defaultParallelism() {
        return spark.sparkContext().defaultParallelism();
    }

    public TableWriter tables() {
        return out;
    }

    private Dataset<Row> segmented;

    /**
     * Articles to segmented articles (sentences and tokens), computed once and cached for every later stage of the run.
     * Reads {@code articles} back from the output, so it works after {@code ingest} of an earlier run too.
     */
    public Dataset<Row> segmented(NlpConfig config, int partitions) throws Exception {
        if (segmented == null) {
            segmented = summary.time("segment", () -> {
                Dataset<Row> s = new SegmentStage(config, partitions).apply(out.read(spark, Tables.ARTICLES))
                        .persist(StorageLevel.MEMORY_AND_DISK());
                summary.count("articles_segmented", s.count());
                return s;
            });
        }
        return segmented;
    }

    /** Segmented sentences to {@code term_frequencies} and {@code term_summary}. */
    public void terms(NlpConfig config, Period period, int partitions) throws Exception {
        Dataset<Row> segmented = segmented(config, partitions);
        summary.time("terms", () -> {
            long articles = out.read(spark, Tables.ARTICLES).count();
            TermsStage.Output terms = new TermsStage(config, period).apply(segmented, articles);
            try {
                out.write(terms.termFrequencies(), Tables.TERM_FREQUENCIES);
                out.write(terms.termSummary(), Tables.TERM_SUMMARY);
            } finally {
                terms.release();
            }
            summary.count("term_frequency_rows", out.read(spark, Tables.TERM_FREQUENCIES).count());
            summary.count("term_summary_rows", out.read(spark, Tables.TERM_SUMMARY).count());
            return null;
        });
    }

    /** Segmented articles to {@code entities}, {@code entity_cooccurrence} and {@code entity_summary}; pairs without reporters. */
    public void entities(EntityExtractor extractor, NlpConfig config, Period period, int partitions) throws Exception {
        entities(extractor, config, period, partitions, false);
    }

    /**
     * Segmented articles to {@code entities}, {@code entity_cooccurrence} and {@code entity_summary}.
     *
     * @param pairsIncludeReporters pair reporters ({@code role = reporter}) with the entities of their articles too
     */
    public void entities(EntityExtractor extractor, NlpConfig config, Period period, int partitions,
                         boolean pairsIncludeReporters) throws Exception {
        Dataset<Row> articles = segmented(config, partitions);
        summary.time("entities", () -> {
            summary.info("pairs_include_reporters", pairsIncludeReporters);
            EntitiesStage stage = new EntitiesStage(extractor, period, pairsIncludeReporters);
            out.write(stage.mentions(articles), Tables.ENTITIES);
            Dataset<Row> written = out.read(spark, Tables.ENTITIES);
            out.write(stage.cooccurrence(written, out.read(spark, Tables.ARTICLES)), Tables.ENTITY_COOCCURRENCE);
            Dataset<Row> pairs = out.read(spark, Tables.ENTITY_COOCCURRENCE);
            out.write(stage.summary(written, pairs), Tables.ENTITY_SUMMARY);
            Row c = written.selectExpr("count(*)", "count(distinct canonical, type)").first();
            summary.count("entity_mentions", c.getLong(0));
            summary.count("distinct_entities", c.getLong(1));
            summary.count("entity_cooccurrence_rows", pairs.count());
            summary.count("entity_summary_rows", out.read(spark, Tables.ENTITY_SUMMARY).count());
            return null;
        });
    }

    /** Articles to {@code investments} and {@code topic_investment_totals}. */
    public void investments(TopicMatcher topics, Period period) throws Exception {
        summary.time("investments", () -> {
            InvestmentsStage stage = new InvestmentsStage(topics, period);
            out.write(stage.mentions(out.read(spark, Tables.ARTICLES)), Tables.INVESTMENTS);
            Dataset<Row> written = out.read(spark, Tables.INVESTMENTS);
            out.write(stage.totals(written), Tables.TOPIC_INVESTMENT_TOTALS);
            summary.count("investment_mentions", written.count());
            summary.count("investment_mentions_counted", written.filter(col("counted")).count());
            return null;
        });
    }

    /** Frees the cached sentences at the end of a run. */
    public void release() {
        if (segmented != null) {
            segmented.unpersist();
        }
    }

    /** Input files to {@code articles}, {@code rejects}, {@code warnings}, with the file reconciliation. */
    public void ingest(String inputDir, long maxFileBytes) throws Exception {
        summary.time("ingest", () -> {
            IngestStage stage = new IngestStage(spark, maxFileBytes);
            IngestStage.Output result = stage.run(inputDir);
            try {
                out.write(result.articles(), Tables.ARTICLES);
                out.write(result.rejects(), Tables.REJECTS);
                out.write(result.warnings(), Tables.WARNINGS);
                reconcile(result.records(), stage.skippedFiles());
            } finally {
                result.release();
            }
            return null;
        });
    }

    /**
     * Every listed file either gave articles, was rejected whole, or had every record rejected; the
     * summary shows the three numbers adding up to the files listed, from the tables as written.
     */
    private void reconcile(Dataset<IngestRecord> records, long skipped) {
        Row files = records
                .groupBy("inputPath")
                .agg(max(when(col("kind").equalTo(IngestRecord.ARTICLE), 1).otherwise(0)).as("has_article"),
                        max(when(col("kind").equalTo(IngestRecord.REJECT).and(col("line").isNull()), 1).otherwise(0)).as("rejected_whole"))
                .selectExpr("count(*) as files",
                        "sum(has_article) as with_articles",
                        "sum(case when has_article = 0 and rejected_whole = 1 then 1 else 0 end) as rejected_whole",
                        "sum(case when has_article = 0 and rejected_whole = 0 then 1 else 0 end) as only_rejected_records")
                .first();
        long listed = files.getLong(0);
        long withArticles = listed == 0 ? 0 : files.getLong(1);
        long rejectedWhole = listed == 0 ? 0 : files.getLong(2);
        long onlyRecords = listed == 0 ? 0 : files.getLong(3);

        Row a = out.read(spark, Tables.ARTICLES).selectExpr("count(*)", "count(distinct source, issue_date)",
                "coalesce(sum(char_count), 0)", "coalesce(sum(sentence_count), 0)", "count_if(issue_date is null)").first();
        Row r = out.read(spark, Tables.REJECTS).selectExpr("count(*)", "count_if(line is not null)",
                "count_if(reason = 'duplicate_article')", "count_if(reason = 'unreadable')").first();
        summary.count("files_listed", listed)
                .count("files_skipped_hidden", skipped)
                .count("files_with_articles", withArticles)
                .count("files_rejected", rejectedWhole)
                .count("files_with_only_rejected_records", onlyRecords)
                .count("issues", a.getLong(1))
                .count("articles", a.getLong(0))
                .count("chars", a.getLong(2))
                .count("sentences", a.getLong(3))
                .count("articles_without_date", a.getLong(4))
                .count("rejects", r.getLong(0))
                .count("records_rejected", r.getLong(1))
                .count("duplicate_articles_rejected", r.getLong(2))
                .count("warnings", out.read(spark, Tables.WARNINGS).count());
        if (listed > 0 && withArticles == 0 && r.getLong(0) == r.getLong(3)) {
            // Every file unreadable is a broken environment (file system, credentials), not bad input.
            throw new IllegalStateException("none of the " + listed + " input files could be read (see " + out.pathOf(Tables.REJECTS) + ")");
        }
        summary.reconcile("files", listed + " listed = " + withArticles + " with articles + " + rejectedWhole
                        + " rejected whole + " + onlyRecords + " with every record rejected")
                .reconcile("files_ok", listed == withArticles + rejectedWhole + onlyRecords);
    }
}
