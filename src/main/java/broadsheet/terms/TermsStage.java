package broadsheet.terms;

import broadsheet.nlp.NlpConfig;
import broadsheet.nlp.SegmentStage;
import broadsheet.nlp.TermFilter;
import broadsheet.nlp.Token;
import broadsheet.io.Tables;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.Iterator;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

/**
 * Term frequencies from segmented sentences. {@link SegmentStage} delivers each dated issue's articles
 * together in one partition, so an issue's terms are counted in plain Java ({@link IssueTermCounter}) with no
 * shuffle; undated articles are spread over tasks for balance and their partial counts merged here. Spark then
 * adds the issues up per period and source ({@code term_summary}, with tf-idf against the whole corpus and ranks).
 */
public final class TermsStage {
    static final StructType POS_COUNT = new StructType()
            .add("pos", DataTypes.StringType, false)
            .add("tf", DataTypes.LongType, false);

    /** Per issue and term; {@code pos_counts} (every tag's occurrences) lets periods pick their own most frequent tag. */
    static final StructType ISSUE_TERMS = new StructType()
            .add("source", DataTypes.StringType, false)
            .add("issue_date", DataTypes.DateType, true)
            .add("term", DataTypes.StringType, false)
            .add("pos", DataTypes.StringType, false)
            .add("tf", DataTypes.LongType, false)
            .add("df", DataTypes.LongType, false)
            .add("pos_counts", DataTypes.createArrayType(POS_COUNT, false), false);

    private final NlpConfig config;
    private final Period period;

    public TermsStage(NlpConfig config, Period period) {
        this.config = config;
        this.period = period;
    }

    /**
     * {@code termFrequencies}: one row per issue and term in {@link Tables#TERM_FREQUENCIES} columns, computed when
     * read; {@code cached} is what must be freed with {@link #release()} after it is written (null when nothing is).
     */
    public record Output(Dataset<Row> termFrequencies, Dataset<Row> cached) {
        public void release() {
            if (cached != null) {
                cached.unpersist();
            }
        }
    }

    /**
     * @param segmented the output of {@link SegmentStage}: one row per article, sentences nested, a dated
     *                  issue's articles next to each other in one partition
     */
    public Output apply(Dataset<Row> segmented) {
        TermFilter filter = config.termFilter();
        MapPartitionsFunction<Row, Row> countIssues = rows -> countByIssue(filter, rows);
        Dataset<Row> counted = segmented.mapPartitions(countIssues, ExpressionEncoder.apply(ISSUE_TERMS));
        Dataset<Row> issueTerms;
        Dataset<Row> cached = null;
        if (segmented.filter(col("issue_date").isNull()).isEmpty()) {
            // Every issue is dated, so counted whole in one task: the counts are the rows, read once by the writer.
            issueTerms = counted;
        } else {
            // Read twice (dated rows as they are, undated partial counts merged): cached and filled first, or
            // both reads would count every token again.
            cached = counted.persist(StorageLevel.MEMORY_AND_DISK());
            cached.count();
            issueTerms = counted.filter(col("issue_date").isNotNull())
                    .unionByName(mergePartialIssues(counted.filter(col("issue_date").isNull())));
        }
        Dataset<Row> termFrequencies = issueTerms
                .withColumn("issue_month", Tables.issueMonth(col("issue_date")))
                .select(Tables.TERM_FREQUENCIES.projection());
        return new Output(termFrequencies, cached);
    }

    /**
     * {@code term_summary} from per-issue rows: {@code term_frequencies} as written (every tag's count is in
     * {@code pos_counts}), so an incremental run recomputes it without segmenting old issues again.
     *
     * @param articleCount articles in the corpus, the N of idf
     */
    public Dataset<Row> summary(Dataset<Row> issueTerms, long articleCount) {
        // Per period and source: each group's issue rows meet in one task (one shuffle), where plain Java adds
        // them up and ranks them. The corpus df of each term is joined on first; Spark broadcasts it when small.
        Dataset<Row> corpusDf = issueTerms.groupBy("term").agg(sum("df").as("corpus_df"));
        long n = articleCount;
        String grain = period.cliName();
        MapPartitionsFunction<Row, Row> summarize = rows -> summarizeGroups(n, grain, rows);
        Dataset<Row> termSummary = issueTerms
                .join(corpusDf, "term")
                .select(period.label(col("issue_date")).as("period"), period.start(col("issue_date")).as("period_start"),
                        col("source"), col("term"), col("df"), col("pos_counts"), col("corpus_df"))
                .repartition(col("period"), col("source"))
                .sortWithinPartitions("period", "source")
                .mapPartitions(summarize, ExpressionEncoder.apply(Tables.TERM_SUMMARY.schema()))
                .select(Tables.TERM_SUMMARY.projection());
        return termSummary;
    }

    /** Rows of the same issue and term from several tasks (undated articles) merged into one, as one task would count them. */
    static Dataset<Row> mergePartialIssues(Dataset<Row> partial) {
        Dataset<Row> perTag = partial
                .select(col("source"), col("issue_date"), col("term"), col("df"), posexplode(col("pos_counts")).as(new String[] {"tag_idx", "tag"}))
                .groupBy("source", "issue_date", "term", "tag.pos")
                .agg(sum("tag.tf").as("tf"), sum(when(col("tag_idx").equalTo(0), col("df")).otherwise(0L)).as("df"));
        return perTag.groupBy("source", "issue_date", "term")
                .agg(max(struct(col("tf"), col("pos"))).getField("pos").as("pos"), sum("tf").as("tf"), sum("df").as("df"),
                        array_sort(collect_list(struct(col("pos"), col("tf")))).as("pos_counts"))
                .select("source", "issue_date", "term", "pos", "tf", "df", "pos_counts");
    }

    /** Rows sorted by (period, source) to one summary row per term of each group, a group at a time. */
    private static Iterator<Row> summarizeGroups(long articles, String grain, Iterator<Row> rows) {
        PeriodTermSummarizer summarizer = new PeriodTermSummarizer(articles);
        return new Iterator<>() {
            private Row lookahead;
            private List<Row> pending = List.of();
            private int next;

            @Override
            public boolean hasNext() {
                while (next >= pending.size() && (lookahead != null || rows.hasNext())) {
                    Row first = lookahead != null ? lookahead : rows.next();
                    lookahead = null;
                    List<Object> group = Arrays.asList(first.get(0), first.getString(2));
                    add(first);
                    while (rows.hasNext()) {
                        Row r = rows.next();
                        if (!Arrays.asList(r.get(0), r.getString(2)).equals(group)) {
                            lookahead = r;
                            break;
                        }
                        add(r);
                    }
                    List<Row> out = new ArrayList<>();
                    // Column order of Tables.TERM_SUMMARY.
                    for (PeriodTermSummarizer.Summary s : summarizer.drain()) {
                        out.add(RowFactory.create(group.get(0), first.get(1), grain, group.get(1), s.term(), s.pos(), s.tf(), s.df(),
                                s.issues(), s.tfIdf(), s.rank(), s.tfidfRank()));
                    }
                    pending = out;
                    next = 0;
                }
                return next < pending.size();
            }

            private void add(Row r) {
                List<Row> tags = r.getList(5);
                List<IssueTermCounter.PosCount> byPos = new ArrayList<>(tags.size());
                for (Row t : tags) {
                    byPos.add(new IssueTermCounter.PosCount(t.getString(0), t.getLong(1)));
                }
                summarizer.add(r.getString(3), byPos, r.getLong(4), r.getLong(6));
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return pending.get(next++);
            }
        };
    }

    /** One row per (issue, term) for each run of consecutive articles of the same issue. */
    private static Iterator<Row> countByIssue(TermFilter filter, Iterator<Row> articles) {
        IssueTermCounter counter = new IssueTermCounter(filter);
        return new Iterator<>() {
            private final Set<List<Object>> done = new HashSet<>();
            private List<Object> issue;
            private List<Row> pending = List.of();
            private int next;

            @Override
            public boolean hasNext() {
                while (next >= pending.size() && (articles.hasNext() || !counter.isEmpty() || issue != null)) {
                    if (!articles.hasNext()) {
                        flush();
                        issue = null;
                        continue;
                    }
                    Row a = articles.next();
                    List<Object> key = Arrays.asList(a.getString(1), a.get(2));
                    if (!key.equals(issue)) {
                        flush();
                        issue = key;
                        // A dated issue seen twice in one partition means the input is not grouped by issue: the counts would split.
                        if (key.get(1) != null && !done.add(key)) {
                            throw new IllegalStateException("articles of issue " + key + " are not together; segment with SegmentStage");
                        }
                    }
                    List<List<Token>> sentences = new ArrayList<>();
                    for (Row s : SegmentStage.sentencesOf(a)) {
                        sentences.add(SegmentStage.tokensOf(s));
                    }
                    counter.addArticle(sentences);
                }
                return next < pending.size();
            }

            private void flush() {
                List<Row> rows = new ArrayList<>();
                if (issue != null) {
                    for (IssueTermCounter.IssueTerm t : counter.drain()) {
                        Object[] tags = new Object[t.byPos().size()];
                        for (int i = 0; i < tags.length; i++) {
                            tags[i] = RowFactory.create(t.byPos().get(i).pos(), t.byPos().get(i).tf());
                        }
                        rows.add(RowFactory.create(issue.get(0), issue.get(1), t.term(), t.pos(), t.tf(), t.df(), CollectionConverters.asScala(Arrays.asList(tags)).toList()));
                    }
                }
                pending = rows;
                next = 0;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return pending.get(next++);
            }
        };
    }
}
