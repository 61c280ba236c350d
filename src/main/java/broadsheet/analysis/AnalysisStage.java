package broadsheet.analysis;

import broadsheet.entities.EntityExtractor;
import broadsheet.entities.EntityMention;
import broadsheet.investments.ArticleInvestments;
import broadsheet.investments.InvestmentRow;
import broadsheet.io.BatchIterator;
import broadsheet.io.ColumnSpec;
import broadsheet.io.Tables;
import broadsheet.nlp.NlpConfig;
import broadsheet.nlp.Segmenters;
import broadsheet.terms.IssueTermCounter;
import broadsheet.terms.TermsStage;
import broadsheet.topics.TopicMatcher;
import com.hankcs.hanlp.seg.Segment;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.when;

/**
 * The one analysis pass, in Spark: every article is read once, in a task that holds its whole issue, and
 * {@link ArticleAnalyzer} makes its term counts, entity mentions and investment rows from one segmentation
 * ({@link IssueAnalysis} adds an issue's term counts up in the task, so per-issue term rows need no shuffle).
 * Spark only partitions, maps and hands the rows to the writers: no token is stored, cached or shuffled.
 *
 * <p>Articles are range-partitioned by issue date (then source), so each task holds a run of consecutive days and
 * each {@code issue_month} of each table is written by one or a few tasks: few, large files. An issue never spans
 * two tasks; undated articles (one "issue" per source) are spread by article id, their partial term rows merged.
 *
 * <p>The per-article rows of every part come out of one {@code mapPartitions} as one tagged row type; when more
 * than one table is written from it, it is persisted until {@link Output#release()} (rows on their way into tables,
 * never tokens).
 */
public final class AnalysisStage {
    /** Which parts run; {@code broadsheet terms} switches the others off. */
    public record Parts(boolean terms, boolean entities, boolean investments) implements Serializable {
        int count() {
            return (terms ? 1 : 0) + (entities ? 1 : 0) + (investments ? 1 : 0);
        }
    }

    static final byte TERM = 0;
    static final byte MENTION = 1;
    static final byte INVESTMENT = 2;
    static final byte WARNING = 3;

    static final StructType TERM_ROW = new StructType()
            .add("term", DataTypes.StringType, false)
            .add("pos", DataTypes.StringType, false)
            .add("tf", DataTypes.LongType, false)
            .add("df", DataTypes.LongType, false)
            .add("pos_counts", DataTypes.createArrayType(new StructType()
                    .add("pos", DataTypes.StringType, false).add("tf", DataTypes.LongType, false), false), false);

    static final StructType MENTION_ROW = new StructType()
            .add("article_id", DataTypes.StringType, false)
            .add("sentence_idx", DataTypes.IntegerType, true)
            .add("start", DataTypes.IntegerType, true)
            .add("end", DataTypes.IntegerType, true)
            .add("surface", DataTypes.StringType, false)
            .add("canonical", DataTypes.StringType, false)
            .add("type", DataTypes.StringType, false)
            .add("role", DataTypes.StringType, false)
            .add("method", DataTypes.StringType, false);

    /** The investments columns but the partition column; money as the bean encoder types it, cast on write. */
    static final StructType INVESTMENT_ROW = withoutPartition(Tables.INVESTMENTS.columns(), true);

    static final StructType WARNING_ROW = withoutPartition(Tables.WARNINGS.columns(), false);

    static final StructType RESULT = new StructType()
            .add("kind", DataTypes.ByteType, false)
            .add("source", DataTypes.StringType, false)
            .add("issue_date", DataTypes.DateType, true)
            .add("term", TERM_ROW, true)
            .add("mention", MENTION_ROW, true)
            .add("investment", INVESTMENT_ROW, true)
            .add("warning", WARNING_ROW, true);

    /** The {@code warnings.stage} of this pass's warnings. */
    public static final String STAGE = "analyse";

    /** Warning reason of an article whose time budget ran out. */
    public static final String CUT_SHORT = broadsheet.ingest.WarningReasons.ANALYSIS_CUT_SHORT;

    private final NlpConfig config;
    private final Parts parts;
    private final EntityExtractor entities;
    private final TopicMatcher topics;
    private final int partitions;
    private final long budgetMillis;
    private final LongAccumulator articlesDone;
    private final LongAccumulator charsDone;

    /**
     * @param entities     entity rules, or null when entities are off
     * @param topics       topic taxonomy for investments, or null when investments are off
     * @param articlesDone counts articles analysed, live (progress, run summary)
     * @param charsDone    counts their characters
     */
    public AnalysisStage(NlpConfig config, Parts parts, EntityExtractor entities, TopicMatcher topics, int partitions,
                         long budgetMillis, LongAccumulator articlesDone, LongAccumulator charsDone) {
        if (parts.entities() != (entities != null) || parts.investments() != (topics != null)) {
            throw new IllegalArgumentException("parts " + parts + " do not match the extractors given");
        }
        this.config = config;
        this.parts = parts;
        this.entities = entities;
        this.topics = topics;
        this.partitions = partitions;
        this.budgetMillis = budgetMillis;
        this.articlesDone = articlesDone;
        this.charsDone = charsDone;
    }

    /** The tables' rows of one pass; read each once, then {@link #release()}. */
    public record Output(Dataset<Row> results, boolean hasUndated, boolean cached, LongAccumulator cutShort) {
        /**
         * Whether {@link #warnings()} may have rows: known once a table of this pass has been written (the tasks
         * count the articles they cut short), so a run without any skips reading the pass again for them.
         */
        public boolean mayHaveWarnings() {
            return cutShort.value() > 0;
        }

        /** {@code term_frequencies} rows. */
        public Dataset<Row> termFrequencies() {
            Dataset<Row> rows = results.filter(col("kind").equalTo(TERM)).select(col("source"), col("issue_date"), col("term.*"));
            if (hasUndated) {
                // Undated articles were spread over tasks: merge their partial rows as one task would have counted them.
                rows = rows.filter(col("issue_date").isNotNull())
                        .unionByName(TermsStage.mergePartialIssues(rows.filter(col("issue_date").isNull())));
            }
            return rows.withColumn("issue_month", Tables.issueMonth(col("issue_date"))).select(Tables.TERM_FREQUENCIES.projection());
        }

        /** {@code entities} rows. */
        public Dataset<Row> mentions() {
            return results.filter(col("kind").equalTo(MENTION))
                    .select(col("source"), col("issue_date"), col("mention.*"))
                    .withColumn("issue_month", Tables.issueMonth(col("issue_date")))
                    .select(Tables.ENTITIES.projection());
        }

        /** {@code investments} rows. */
        public Dataset<Row> investments() {
            return results.filter(col("kind").equalTo(INVESTMENT)).select(col("investment.*"))
                    .withColumn("issue_month", Tables.issueMonth(col("issue_date")))
                    .select(Tables.INVESTMENTS.projection());
        }

        /** {@code warnings} rows of this pass (articles cut short). */
        public Dataset<Row> warnings() {
            return results.filter(col("kind").equalTo(WARNING)).select(col("warning.*")).select(Tables.WARNINGS.projection());
        }

        public void release() {
            if (cached) {
                results.unpersist();
            }
        }
    }

    public Output apply(Dataset<Row> articles) {
        return apply(articles, !articles.filter(col("issue_date").isNull()).select("issue_date").isEmpty());
    }

    /** @param someUndated whether some articles have no issue date (known to the caller from its own scan) */
    public Output apply(Dataset<Row> articles, boolean someUndated) {
        boolean hasUndated = parts.terms() && someUndated;
        NlpConfig cfg = config;
        Parts p = parts;
        EntityExtractor x = entities;
        ArticleInvestments inv = topics == null ? null : new ArticleInvestments(topics);
        long budget = budgetMillis;
        LongAccumulator doneArticles = articlesDone;
        LongAccumulator doneChars = charsDone;
        LongAccumulator cut = articles.sparkSession().sparkContext().longAccumulator("broadsheet.articles_cut_short");
        MapPartitionsFunction<Row, Row> analyse = rows -> analyse(cfg, p, x, inv, budget, doneArticles, doneChars, cut, rows);
        Dataset<Row> results = articles
                .select(col("article_id"), col("source"), col("issue_date"), col("headline"), col("bylines"), col("text"), col("input_path"))
                // A dated issue is one key (never split); undated articles spread one by one.
                .repartitionByRange(partitions, col("issue_date"), col("source"), when(col("issue_date").isNull(), col("article_id")))
                .sortWithinPartitions(col("issue_date"), col("source"), col("article_id"))
                .mapPartitions(analyse, ExpressionEncoder.apply(RESULT));
        boolean cache = parts.count() > 1;
        if (cache) {
            results = results.persist(StorageLevel.MEMORY_AND_DISK());
        }
        return new Output(results, hasUndated, cache, cut);
    }

    /** Static, so the task closure holds only what it names (an anonymous class would capture the stage). */
    private static Iterator<Row> analyse(NlpConfig cfg, Parts parts, EntityExtractor x, ArticleInvestments inv, long budget,
                                         LongAccumulator doneArticles, LongAccumulator doneChars, LongAccumulator cut,
                                         Iterator<Row> rows) {
        Segment segment = parts.terms() || parts.entities() ? Segmenters.get(cfg) : null;
        ArticleAnalyzer analyzer = new ArticleAnalyzer(s -> Segmenters.tokens(segment, s),
                parts.terms() ? cfg.termFilter() : null, x, inv, budget);
        Iterator<Article> articles = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Article next() {
                Row r = rows.next();
                return new Article(r.getString(0), r.getString(1), (LocalDate) r.get(2), r.getString(3),
                        r.isNullAt(4) ? List.of() : r.getList(4), r.getString(5), r.getString(6));
            }
        };
        IssueAnalysis items = new IssueAnalysis(articles, analyzer, parts.terms() ? new IssueTermCounter(cfg.termFilter()) : null);
        return new BatchIterator<>() {
            @Override
            protected boolean fill(List<Row> pending) {
                if (!items.hasNext()) {
                    return false;
                }
                IssueAnalysis.Item item = items.next();
                if (item instanceof IssueAnalysis.IssueTerms t) {
                    for (IssueTermCounter.IssueTerm term : t.terms()) {
                        pending.add(RowFactory.create(TERM, t.source(), t.issueDate(), termRow(term), null, null, null));
                    }
                } else if (item instanceof IssueAnalysis.ArticleDone d) {
                    ArticleAnalysis a = d.analysis();
                    toRows(a, pending);
                    doneArticles.add(1);
                    doneChars.add(a.article().text().length());
                    if (a.cutShort()) {
                        cut.add(1);
                    }
                }
                return true;
            }
        };
    }

    private static Row termRow(IssueTermCounter.IssueTerm t) {
        Object[] tags = new Object[t.byPos().size()];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = RowFactory.create(t.byPos().get(i).pos(), t.byPos().get(i).tf());
        }
        return RowFactory.create(t.term(), t.pos(), t.tf(), t.df(), seq(tags));
    }

    static void toRows(ArticleAnalysis a, List<Row> out) {
        Article art = a.article();
        for (EntityMention m : a.mentions()) {
            boolean placed = m.sentenceIdx() >= 0;
            int base = placed ? a.sentenceStarts()[m.sentenceIdx()] : 0;
            Row mention = RowFactory.create(art.id(), placed ? m.sentenceIdx() : null, placed ? base + m.start() : null,
                    placed ? base + m.end() : null, m.surface(), m.canonical(), m.type().name(), m.role(), m.method());
            out.add(RowFactory.create(MENTION, art.source(), art.issueDate(), null, mention, null, null));
        }
        for (InvestmentRow r : a.investments()) {
            out.add(RowFactory.create(INVESTMENT, art.source(), art.issueDate(), null, null, investmentRow(r), null));
        }
        if (a.cutShort()) {
            Row w = RowFactory.create(art.inputPath(), null, CUT_SHORT, "article " + art.id() + ": time budget spent after "
                    + a.segmentedChars() + " of " + art.text().length() + " characters; the rest was not segmented (terms, entities)", STAGE);
            out.add(RowFactory.create(WARNING, art.source(), art.issueDate(), null, null, null, w));
        }
    }

    /** An investment row in {@link #INVESTMENT_ROW} order, column by column: a column without a case fails loudly. */
    static Row investmentRow(InvestmentRow r) {
        Object[] values = new Object[INVESTMENT_ROW.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = switch (INVESTMENT_ROW.fields()[i].name()) {
                case "mention_id" -> r.getMentionId();
                case "article_id" -> r.getArticleId();
                case "source" -> r.getSource();
                case "issue_date" -> r.getIssueDate();
                case "sentence_idx" -> r.getSentenceIdx();
                case "sentence" -> r.getSentence();
                case "amount_text" -> r.getAmountText();
                case "amount" -> r.getAmount();
                case "amount_low" -> r.getAmountLow();
                case "amount_high" -> r.getAmountHigh();
                case "currency" -> r.getCurrency();
                case "qualifier" -> r.getQualifier();
                case "kind" -> r.getKind();
                case "parent_id" -> r.getParentId();
                case "project_count" -> r.getProjectCount();
                case "topic" -> r.getTopic();
                case "topic_sector" -> r.getTopicSector();
                case "topics" -> r.getTopics() == null ? null : seq(r.getTopics().toArray());
                case "topic_basis" -> r.getTopicBasis();
                case "counted" -> r.isCounted();
                case "reason" -> r.getReason();
                case "status" -> r.getStatus();
                case "non_investment" -> r.getNonInvestment();
                default -> throw new IllegalStateException("investments column " + INVESTMENT_ROW.fields()[i].name() + " has no value in InvestmentRow");
            };
        }
        return RowFactory.create(values);
    }

    private static StructType withoutPartition(List<ColumnSpec> columns, boolean beanMoney) {
        StructType t = new StructType();
        for (ColumnSpec c : columns) {
            if (c.name().equals("issue_month")) {
                continue;
            }
            DataType type = beanMoney && c.type() instanceof DecimalType ? DecimalType.SYSTEM_DEFAULT() : c.type();
            t = t.add(c.name(), type, true);
        }
        return t;
    }

    /** Wraps without copying. */
    @SuppressWarnings("unchecked")
    private static <T> scala.collection.immutable.Seq<T> seq(T[] values) {
        return (scala.collection.immutable.Seq<T>) scala.collection.immutable.ArraySeq.unsafeWrapArray(values);
    }
}
