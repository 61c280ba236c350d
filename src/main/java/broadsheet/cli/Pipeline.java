package broadsheet.cli;

import broadsheet.ingest.IngestRecord;
import broadsheet.entities.EntitiesStage;
import broadsheet.entities.EntityExtractor;
import broadsheet.ingest.IngestStage;
import broadsheet.ingest.WarningReasons;
import broadsheet.investments.InvestmentsStage;
import broadsheet.io.OutputState;
import broadsheet.io.TableSpec;
import broadsheet.topics.TopicMatcher;
import broadsheet.io.RunSummary;
import broadsheet.io.TableWriter;
import broadsheet.io.Tables;
import broadsheet.nlp.NlpConfig;
import broadsheet.analysis.AnalysisStage;
import broadsheet.terms.Period;
import broadsheet.terms.TermsStage;
import org.apache.spark.sql.Column;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

/**
 * Runs the stages a command asks for, in order, writing each table and filling the run summary.
 *
 * <p>{@link Mode#FULL}: every table a stage writes is replaced whole. {@link Mode#INCREMENTAL} over an output
 * that has {@code articles}: only the issues (source, issue_date) that {@code articles} does not hold yet are
 * analysed. Per-issue tables ({@code articles}, {@code term_frequencies}, {@code entities}, {@code investments},
 * partitioned by {@code issue_month}) get only the months of those issues rewritten, old rows of those months kept;
 * the per-period and corpus-wide tables
 * ({@code term_summary}, {@code entity_cooccurrence}, {@code entity_summary}, {@code topic_investment_totals}) are recomputed from the
 * complete per-issue tables. Every table is replaced from {@code _staging} (see {@link TableWriter}), and
 * {@code articles}, the record of the issues done, is replaced last, in {@link #finish()}: a run that stops
 * before has not added its issues, and the next incremental run adds them again, replacing their rows (never
 * adding them twice) wherever the stopped run had already written them.
 */
public final class Pipeline {
    public enum Mode {
        FULL, INCREMENTAL;

        public String cliName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final SparkSession spark;
    private final TableWriter out;
    private final RunSummary summary;
    private final Mode mode;
    /** The version of {@code articles} this run writes, recorded in {@code _state/lineage.json}. */
    private final String version = UUID.randomUUID().toString();
    private final List<String> stagesDone = new ArrayList<>();
    private OutputState state;
    /** Set by an incremental ingest over an output that has articles; null for a full run. */
    private Increment increment;

    public Pipeline(SparkSession spark, String outputDir, RunSummary summary) {
        this(spark, outputDir, summary, Mode.FULL);
    }

    public Pipeline(SparkSession spark, String outputDir, RunSummary summary, Mode mode) {
        this.spark = spark;
        this.out = new TableWriter(outputDir);
        this.summary = summary;
        this.mode = mode;
        summary.info("mode", mode.cliName());
    }

    public int defaultParallelism() {
        return spark.sparkContext().defaultParallelism();
    }

    public TableWriter tables() {
        return out;
    }

    private OutputState state() throws IOException {
        if (state == null) {
            state = new OutputState(out.outputDir(), spark.sparkContext().hadoopConfiguration());
        }
        return state;
    }

    /**
     * In incremental mode, fails when the output cannot be extended by these stages (see
     * {@link OutputState#incrementalProblem}); the command checks local outputs before Spark starts, this checks
     * any file system.
     */
    public void checkIncremental(List<String> stages) throws IOException {
        if (mode == Mode.INCREMENTAL) {
            state().incrementalProblem(out.outputDir(), stages).ifPresent(p -> {
                throw new IllegalStateException(p);
            });
        }
    }

    /**
     * What an incremental run adds: the issues it (re)writes ({@code keys}: source, issue_date; undated articles
     * count as one issue per source, as in {@code term_frequencies}), the {@code issue_month}s they fall in, their
     * articles ({@code work}, read back from {@code _staging}), and the articles table as it will be.
     */
    private record Increment(List<Row> keys, List<String> months, Dataset<Row> keyTable, Dataset<Row> work,
                             Dataset<Row> allArticles, long articleCount) {
        boolean isEmpty() {
            return keys.isEmpty();
        }

        /** Old rows of a per-issue table that stay: in the months rewritten (every row when unpartitioned), of other issues. */
        Dataset<Row> kept(Dataset<Row> old, TableSpec table) {
            Dataset<Row> candidates = table.partitionBy().isEmpty() ? old : old.filter(col("issue_month").isin(months.toArray()));
            return candidates.join(broadcast(keyTable), issueOf(candidates), "left_anti");
        }

        Dataset<Row> ofKeys(Dataset<Row> rows) {
            return rows.join(broadcast(keyTable), issueOf(rows), "left_semi");
        }

        private Column issueOf(Dataset<Row> rows) {
            return rows.col("source").equalTo(keyTable.col("k_source")).and(rows.col("issue_date").eqNullSafe(keyTable.col("k_date")));
        }
    }

    /**
     * What the analysis pass runs: the parts on (terms; entities when {@code entities} is given; investments when
     * {@code topics} is given) and their settings.
     *
     * @param budgetMillis time allowed for segmenting one article ({@code <= 0}: none)
     */
    public record Analysis(NlpConfig config, Period period, int partitions, boolean terms, EntityExtractor entities,
                           boolean pairsIncludeReporters, TopicMatcher topics, long budgetMillis) {
        /** Default time budget per article: far above any real article (a 2 MB one takes seconds). */
        public static final long DEFAULT_BUDGET_MILLIS = 600_000;
        /** {@code partitions}: chosen by {@link #partitionsFor}. */
        public static final int AUTO_PARTITIONS = 0;

        /**
         * Tasks of the pass when not set: enough to keep every core busy (2 per core, 4 at most), but about 3 per
         * month of the corpus where that is fewer, because the tasks are ranges of issue dates and each month of a
         * per-issue table gets a file from every task holding some of it (docs/tables.md: few, large files).
         */
        static int partitionsFor(int cores, long months) {
            return (int) Math.max(1, Math.min(4L * cores, Math.max(2L * cores, 3L * months)));
        }

        public static Analysis all(NlpConfig config, Period period, int partitions, EntityExtractor entities, TopicMatcher topics) {
            return new Analysis(config, period, partitions, true, entities, false, topics, DEFAULT_BUDGET_MILLIS);
        }

        AnalysisStage.Parts parts() {
            return new AnalysisStage.Parts(terms, entities != null, topics != null);
        }
    }

    private Progress progress = Progress.off();

    /** Where live progress goes (the command's; tests run without). */
    public void progress(Progress p) {
        this.progress = p;
    }

    /**
     * The analysis pass and the tables it feeds: each article is read once, segmented once, and its term counts,
     * entity mentions and investment amounts made in the same task ({@link AnalysisStage}); the per-issue tables
     * ({@code term_frequencies}, {@code entities}, {@code investments}) are written from that pass, then the
     * per-period tables are computed from the per-issue tables as written (in an incremental run: complete).
     */
    public void analyse(Analysis a) throws Exception {
        AnalysisStage.Parts parts = a.parts();
        long[] corpusArticles = {0};
        summary.time("analyse", () -> {
            if (increment != null && increment.isEmpty()) {
                return null;
            }
            Dataset<Row> articles = increment != null ? increment.work() : out.read(spark, Tables.ARTICLES);
            // One scan of the narrow columns for all the pass needs to know beforehand.
            Row totals = articles.selectExpr("count(*)", "coalesce(sum(char_count), 0)", "count(DISTINCT issue_month)",
                    "count_if(issue_date IS NULL) > 0").first();
            corpusArticles[0] = totals.getLong(0);
            LongAccumulator doneArticles = spark.sparkContext().longAccumulator(Progress.ARTICLES);
            LongAccumulator doneChars = spark.sparkContext().longAccumulator(Progress.CHARS);
            progress.stage("analyse", totals.getLong(0), totals.getLong(1), doneArticles, doneChars);
            int partitions = a.partitions() > 0 ? a.partitions()
                    : Analysis.partitionsFor(defaultParallelism(), totals.getLong(2));
            summary.info("analysis_partitions", partitions);
            AnalysisStage stage = new AnalysisStage(a.config(), parts, a.entities(), a.topics(), partitions,
                    a.budgetMillis(), doneArticles, doneChars);
            AnalysisStage.Output o = stage.apply(articles, totals.getBoolean(3));
            try {
                if (parts.terms()) {
                    writePerIssue(o.termFrequencies(), Tables.TERM_FREQUENCIES);
                    if (increment == null) {
                        state().removeObsoleteTermState();
                    }
                }
                if (parts.entities()) {
                    writePerIssue(o.mentions(), Tables.ENTITIES);
                }
                if (parts.investments()) {
                    writePerIssue(o.investments(), Tables.INVESTMENTS);
                }
                addWarnings(o);
            } finally {
                o.release();
                progress.stageDone();
            }
            // From the pass's input, not from the progress accumulators: a task run again after an executor is
            // lost (its cached rows with it) adds to them twice, while the tables hold each article once.
            summary.count("articles_analysed", totals.getLong(0));
            summary.count("chars_analysed", totals.getLong(1));
            return null;
        });
        if (parts.terms()) {
            summary.time("terms", () -> {
                // A full run analysed every article; an incremental one only the new issues'.
                long articleCount = increment != null ? increment.articleCount() : corpusArticles[0];
                // Per period and corpus-wide (idf, ranks): from every issue's rows as written, in both modes.
                out.write(new TermsStage(a.config(), a.period()).summary(out.read(spark, Tables.TERM_FREQUENCIES), articleCount),
                        Tables.TERM_SUMMARY);
                summary.count("term_frequency_rows", out.read(spark, Tables.TERM_FREQUENCIES).count());
                summary.count("term_summary_rows", out.read(spark, Tables.TERM_SUMMARY).count());
                return null;
            });
            stageDone("terms");
        }
        if (parts.entities()) {
            summary.time("entities", () -> {
                summary.info("pairs_include_reporters", a.pairsIncludeReporters());
                EntitiesStage stage = new EntitiesStage(a.period(), a.pairsIncludeReporters());
                Dataset<Row> allArticles = increment != null ? increment.allArticles() : out.read(spark, Tables.ARTICLES);
                // Per period and source: recomputed from every mention, in both modes.
                Dataset<Row> written = out.read(spark, Tables.ENTITIES);
                out.write(stage.cooccurrence(written, allArticles), Tables.ENTITY_COOCCURRENCE);
                Dataset<Row> pairs = out.read(spark, Tables.ENTITY_COOCCURRENCE);
                out.write(stage.summary(written, pairs), Tables.ENTITY_SUMMARY);
                Row c = written.selectExpr("count(*)", "count(distinct canonical, type)").first();
                summary.count("entity_mentions", c.getLong(0));
                summary.count("distinct_entities", c.getLong(1));
                summary.count("entity_cooccurrence_rows", pairs.count());
                summary.count("entity_summary_rows", out.read(spark, Tables.ENTITY_SUMMARY).count());
                return null;
            });
            stageDone("entities");
        }
        if (parts.investments()) {
            summary.time("investments", () -> {
                Dataset<Row> written = out.read(spark, Tables.INVESTMENTS);
                out.write(new InvestmentsStage(a.topics(), a.period()).totals(written), Tables.TOPIC_INVESTMENT_TOTALS);
                summary.count("investment_mentions", written.count());
                summary.count("investment_mentions_counted", written.filter(col("counted")).count());
                return null;
            });
            stageDone("investments");
        }
    }

    /**
     * A per-issue table from the analysis pass: replaced whole in a full run; in an incremental run, the months of
     * the new issues rewritten with their old rows of other issues (staged, then published).
     */
    private void writePerIssue(Dataset<Row> rows, TableSpec table) throws IOException {
        if (increment == null) {
            out.write(rows, table);
        } else {
            out.stage(spark, increment.kept(out.read(spark, table), table).unionByName(rows), table);
            out.publish(spark, table, state());
        }
    }

    /**
     * Adds the analysis pass's warnings (articles cut short) to {@code warnings}, replacing those of an earlier
     * pass over the same articles, so reruns never duplicate them. Nothing is written when neither exists.
     */
    private void addWarnings(AnalysisStage.Output pass) throws IOException {
        Dataset<Row> old = out.read(spark, Tables.WARNINGS);
        Column ofThisPass = col("stage").equalTo(AnalysisStage.STAGE);
        if (!pass.mayHaveWarnings() && old.filter(ofThisPass).isEmpty()) {
            return;
        }
        Dataset<Row> fresh = pass.warnings();
        Dataset<Row> articleFiles = (increment != null ? increment.work() : out.read(spark, Tables.ARTICLES))
                .select(col("input_path").as("w_path")).distinct();
        // Old warnings of this pass stay only for files whose articles were not analysed again.
        Dataset<Row> kept = old.join(articleFiles, old.col("input_path").equalTo(col("w_path")).and(ofThisPass), "left_anti");
        out.stage(spark, kept.unionByName(fresh), Tables.WARNINGS);
        out.publish(spark, Tables.WARNINGS, state());
        summary.count("articles_cut_short", fresh.count());
    }

    /** Segmented sentences to {@code term_frequencies} and {@code term_summary} (the analysis pass, terms only). */
    public void terms(NlpConfig config, Period period, int partitions) throws Exception {
        analyse(new Analysis(config, period, partitions, true, null, false, null, Analysis.DEFAULT_BUDGET_MILLIS));
    }

    /** {@code entities}, {@code entity_cooccurrence} and {@code entity_summary} (the analysis pass, entities only); pairs without reporters. */
    public void entities(EntityExtractor extractor, NlpConfig config, Period period, int partitions) throws Exception {
        entities(extractor, config, period, partitions, false);
    }

    /**
     * {@code entities}, {@code entity_cooccurrence} and {@code entity_summary} (the analysis pass, entities only).
     *
     * @param pairsIncludeReporters pair reporters ({@code role = reporter}) with the entities of their articles too
     */
    public void entities(EntityExtractor extractor, NlpConfig config, Period period, int partitions,
                         boolean pairsIncludeReporters) throws Exception {
        analyse(new Analysis(config, period, partitions, false, extractor, pairsIncludeReporters, null, Analysis.DEFAULT_BUDGET_MILLIS));
    }

    /** {@code investments} and {@code topic_investment_totals} (the analysis pass, investments only). */
    public void investments(TopicMatcher topics, Period period) throws Exception {
        analyse(new Analysis(NlpConfig.defaults(), period, 4 * defaultParallelism(), false, null, false, topics, Analysis.DEFAULT_BUDGET_MILLIS));
    }

    /** A full run records that the stage's tables now match the current articles; an incremental one does in {@link #finish()}. */
    private void stageDone(String stage) throws IOException {
        if (increment == null) {
            state().stageWritten(stage, version);
        }
        stagesDone.add(stage);
    }

    /** Nothing is cached across stages any more (each pass frees its own rows); kept for callers. */
    public void release() {
    }

    /**
     * Ends an incremental run: replaces {@code rejects} and {@code warnings}, then {@code articles} (last: it records
     * the issues done), records the new articles version and the stages now up to date with it, and deletes
     * {@code _staging}. Nothing to do after a full run, whose stages write their tables as they go.
     */
    public void finish() throws Exception {
        if (increment == null) {
            return;
        }
        summary.time("publish", () -> {
            OutputState st = state();
            out.publish(spark, Tables.REJECTS, st);
            out.publish(spark, Tables.WARNINGS, st);
            if (!increment.isEmpty()) {
                // Stages that did not run here are behind from now on; those that did are marked current after.
                st.articlesWritten(version);
                out.publish(spark, Tables.ARTICLES, st);
                st.incrementWritten(version, stagesDone);
            }
            st.clearStaging();
            return null;
        });
    }

    /** Input files to {@code articles}, {@code rejects}, {@code warnings}, with the file reconciliation. */
    public void ingest(String inputDir, long maxFileBytes) throws Exception {
        summary.time("ingest", () -> {
            OutputState st = state();
            boolean incremental = mode == Mode.INCREMENTAL && st.hasTable(Tables.ARTICLES);
            if (incremental) {
                checkIncremental(List.of("ingest"));
            } else if (mode == Mode.INCREMENTAL) {
                summary.info("mode_applied", "full: --output has no articles yet");
            }
            // What an earlier incremental run left (it stopped before its end, never while publishing: checked above).
            st.clearStaging();
            IngestStage stage = new IngestStage(spark, maxFileBytes);
            IngestStage.Output result = stage.run(inputDir, List.of(out.outputDir()));
            try {
                if (incremental) {
                    ingestIncrement(result, stage.skippedFiles());
                } else {
                    // The new version first: no stage counts as up to date with articles that are being replaced.
                    st.articlesWritten(version);
                    // One task per month: each issue_month partition of articles is one file (docs/tables.md).
                    out.write(result.articles().repartition(col("issue_month")), Tables.ARTICLES);
                    out.write(result.rejects(), Tables.REJECTS);
                    out.write(result.warnings(), Tables.WARNINGS);
                    reconcile(result.records().toDF().withColumn("known", lit(false)), stage.skippedFiles(),
                            out.read(spark, Tables.ARTICLES), out.read(spark, Tables.REJECTS), out.read(spark, Tables.WARNINGS), false);
                }
            } finally {
                result.release();
            }
            return null;
        });
        stagesDone.add("ingest");
    }

    /**
     * The incremental part of ingest: every input file is read (a JSON Lines or PKU file says which issues it holds
     * only once read), articles of issues already in the output are dropped, and the new articles, with the old
     * articles of their months, are staged. Undated articles have no issue to compare: one whose id (from its file)
     * is new is added, and then every undated article, old and new, is analysed again, because
     * {@code term_frequencies} counts a source's undated articles as one issue. {@code rejects} and {@code warnings}
     * are staged with the rows of every file read in this run replaced by this run's rows.
     */
    private void ingestIncrement(IngestStage.Output result, long skippedFiles) {
        Dataset<Row> old = out.read(spark, Tables.ARTICLES);
        Dataset<Row> knownIssues = old.filter(col("issue_date").isNotNull())
                .select(col("source").as("k_source"), col("issue_date").as("k_date")).distinct();
        Dataset<Row> knownUndated = old.filter(col("issue_date").isNull()).select(col("article_id").as("k_id"));
        Dataset<Row> read = result.articles();
        Dataset<Row> flagged = read
                .join(knownIssues, read.col("source").equalTo(col("k_source")).and(read.col("issue_date").equalTo(col("k_date"))), "left")
                .join(knownUndated, col("article_id").equalTo(col("k_id")), "left")
                .withColumn("known", col("k_source").isNotNull().or(col("k_id").isNotNull()));
        Row f = flagged.selectExpr(
                "count_if(NOT known AND issue_date IS NULL)",
                "count(DISTINCT CASE WHEN NOT known AND issue_date IS NOT NULL THEN concat(source, '|', issue_date) END)",
                "count_if(NOT known)",
                "count(DISTINCT CASE WHEN known AND issue_date IS NOT NULL THEN concat(source, '|', issue_date) END)",
                "count_if(known)").first();
        long newUndated = f.getLong(0);
        Dataset<Row> fresh = flagged.filter(col("known").equalTo(false)).select(Tables.ARTICLES.projection());
        Dataset<Row> work = newUndated > 0 ? fresh.unionByName(old.filter(col("issue_date").isNull())) : fresh;

        List<Row> keys = work.select(col("source").as("k_source"), col("issue_date").as("k_date")).distinct().collectAsList();
        List<String> months = work.select("issue_month").distinct().orderBy("issue_month").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
        StructType keySchema = new StructType().add("k_source", DataTypes.StringType, false).add("k_date", DataTypes.DateType, true);
        Dataset<Row> keyTable = spark.createDataFrame(keys, keySchema);
        Increment inc;
        if (keys.isEmpty()) {
            inc = new Increment(keys, months, keyTable, spark.createDataFrame(List.of(), Tables.ARTICLES.schema()), old, old.count());
        } else {
            Increment draft = new Increment(keys, months, keyTable, null, null, 0);
            Dataset<Row> staged = out.stage(spark, draft.kept(old, Tables.ARTICLES).unionByName(work), Tables.ARTICLES);
            Dataset<Row> all = old.filter(not(col("issue_month").isin(months.toArray()))).unionByName(staged);
            inc = new Increment(keys, months, keyTable, draft.ofKeys(staged), all, all.count());
        }
        increment = inc;

        Dataset<Row> listed = result.records().select(col("inputPath").as("listed_path")).distinct();
        Dataset<Row> rejects = out.stage(spark, out.read(spark, Tables.REJECTS)
                .join(listed, col("input_path").equalTo(col("listed_path")), "left_anti")
                .unionByName(result.rejects()), Tables.REJECTS);
        // The listing's warnings are about directories, and every run lists the whole input again: this run's replace them.
        Dataset<Row> warnings = out.stage(spark, out.read(spark, Tables.WARNINGS)
                .join(listed, col("input_path").equalTo(col("listed_path")), "left_anti")
                .filter(not(col("reason").isin(WarningReasons.DIRECTORY_LOOP, WarningReasons.DIRECTORY_SEEN_TWICE, WarningReasons.OUTPUT_SKIPPED)))
                .unionByName(result.warnings()), Tables.WARNINGS);

        Dataset<Row> records = result.records().toDF();
        Dataset<Row> recordsFlagged = records
                .join(knownIssues, records.col("source").equalTo(col("k_source")).and(records.col("issueDate").equalTo(col("k_date"))), "left")
                .join(knownUndated, col("articleId").equalTo(col("k_id")), "left")
                .withColumn("known", col("k_source").isNotNull().or(col("k_id").isNotNull()));
        summary.count("issues_new", f.getLong(1))
                .count("articles_new", f.getLong(2))
                .count("undated_articles_reprocessed", newUndated > 0 ? work.count() - f.getLong(2) : 0)
                .count("issues_skipped_existing", f.getLong(3))
                .count("articles_skipped_existing", f.getLong(4));
        summary.info("issue_months_rewritten", months);
        Row runRejects = result.rejects().selectExpr("count(*)", "count_if(reason = 'unreadable')").first();
        reconcile(recordsFlagged, skippedFiles, inc.allArticles(), rejects, warnings,
                runRejects.getLong(0) > 0 && runRejects.getLong(0) == runRejects.getLong(1));
    }

    /**
     * Every listed file either gave articles, was skipped because its issues are already in the output (incremental
     * runs), was rejected whole, or had every record rejected; the summary shows the numbers adding up to the files
     * listed, from the tables as written (as staged, in an incremental run).
     *
     * @param records ingest records with a boolean {@code known}: an article of an issue the output already has
     */
    private void reconcile(Dataset<Row> records, long skipped, Dataset<Row> articles, Dataset<Row> rejectsTable,
                           Dataset<Row> warningsTable, boolean runRejectsAllUnreadable) {
        Column article = col("kind").equalTo(IngestRecord.ARTICLE);
        Row files = records
                .groupBy("inputPath")
                .agg(max(when(article.and(col("known").equalTo(false)), 1).otherwise(0)).as("has_article"),
                        max(when(article.and(col("known")), 1).otherwise(0)).as("has_known"),
                        max(when(col("kind").equalTo(IngestRecord.REJECT).and(col("line").isNull()), 1).otherwise(0)).as("rejected_whole"))
                .selectExpr("count(*) as files",
                        "sum(has_article) as with_articles",
                        "sum(case when has_article = 0 and has_known = 1 then 1 else 0 end) as skipped_known",
                        "sum(case when has_article = 0 and has_known = 0 and rejected_whole = 1 then 1 else 0 end) as rejected_whole",
                        "sum(case when has_article = 0 and has_known = 0 and rejected_whole = 0 then 1 else 0 end) as only_rejected_records")
                .first();
        long listed = files.getLong(0);
        long withArticles = listed == 0 ? 0 : files.getLong(1);
        long skippedKnown = listed == 0 ? 0 : files.getLong(2);
        long rejectedWhole = listed == 0 ? 0 : files.getLong(3);
        long onlyRecords = listed == 0 ? 0 : files.getLong(4);

        Row a = articles.selectExpr("count(*)", "count(distinct source, issue_date)",
                "coalesce(sum(char_count), 0)", "coalesce(sum(sentence_count), 0)", "count_if(issue_date is null)").first();
        Row r = rejectsTable.selectExpr("count(*)", "count_if(line is not null)",
                "count_if(reason = 'duplicate_article')", "count_if(reason = 'unreadable')").first();
        summary.count("files_listed", listed)
                .count("files_skipped_hidden", skipped)
                .count("files_with_articles", withArticles)
                .count("files_skipped_known_issue", skippedKnown)
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
                .count("warnings", warningsTable.count());
        boolean everyRejectUnreadable = increment == null ? r.getLong(0) == r.getLong(3) : runRejectsAllUnreadable;
        if (listed > 0 && withArticles == 0 && skippedKnown == 0 && everyRejectUnreadable) {
            // Every file unreadable is a broken environment (file system, credentials), not bad input.
            throw new IllegalStateException("none of the " + listed + " input files could be read (see " + out.pathOf(Tables.REJECTS) + ")");
        }
        // Records of JSON Lines and PKU files: as counted by the reader, against the rejects table as written.
        Dataset<Row> recordFiles = records.filter(col("kind").equalTo(IngestRecord.FILE));
        Row rec = recordFiles.selectExpr("count(*)", "coalesce(sum(recordsRead), 0)", "coalesce(sum(recordsLoaded), 0)").first();
        long recordsRejected = rejectsTable.filter(col("line").isNotNull())
                .join(recordFiles.select(col("inputPath").as("record_file")), col("input_path").equalTo(col("record_file")), "left_semi")
                .count();
        summary.count("record_files", rec.getLong(0))
                .count("records_read", rec.getLong(1))
                .count("records_loaded", rec.getLong(2));
        summary.reconcile("records", rec.getLong(1) + " read = " + rec.getLong(2) + " loaded + " + recordsRejected
                        + " rejected (lines of " + rec.getLong(0) + " JSON Lines and PKU files)")
                .reconcile("records_ok", rec.getLong(1) == rec.getLong(2) + recordsRejected);
        summary.reconcile("files", listed + " listed = " + withArticles + " with articles + "
                        + (increment == null ? "" : skippedKnown + " skipped (issues already in the output) + ")
                        + rejectedWhole + " rejected whole + " + onlyRecords + " with every record rejected")
                .reconcile("files_ok", listed == withArticles + skippedKnown + rejectedWhole + onlyRecords);
    }
}
