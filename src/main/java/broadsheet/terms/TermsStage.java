package broadsheet.terms;

import broadsheet.nlp.NlpConfig;
import broadsheet.nlp.TermFilter;
import broadsheet.io.Tables;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

/**
 * Term tables. {@code term_frequencies} rows are counted per issue in the analysis pass
 * ({@code broadsheet.analysis.AnalysisStage}, with {@link IssueTermCounter}); undated articles are spread over
 * tasks for balance and their partial counts merged by {@link #mergePartialIssues}. Spark then adds the issues up
 * per period and source ({@code term_summary}, with tf-idf against the whole corpus and ranks): a term's rows meet
 * in one task (its corpus df and period sums), then a period and source's terms (ranks).
 */
public final class TermsStage {
    static final StructType POS_COUNT = new StructType()
            .add("pos", DataTypes.StringType, false)
            .add("tf", DataTypes.LongType, false);

    private final NlpConfig config;
    private final Period period;

    public TermsStage(NlpConfig config, Period period) {
        this.config = config;
        this.period = period;
    }

    /**
     * {@code term_summary} from per-issue rows: {@code term_frequencies} as written (every tag's count is in
     * {@code pos_counts}), so an incremental run recomputes it without segmenting old issues again.
     *
     * @param articleCount articles in the corpus, the N of idf
     */
    public Dataset<Row> summary(Dataset<Row> issueTerms, long articleCount) {
        // Two shuffles, no join. 1: every issue row of a term meets in one task, sorted by term: the term's corpus df
        // is the sum of its rows' df, and its period sums are made there (plain Java, PeriodTermSummarizer.TermTotals).
        // 2: the (smaller) period rows of each period and source meet in one task and are ranked there.
        long n = articleCount;
        String grain = period.cliName();
        MapPartitionsFunction<Row, Row> perTerm = rows -> sumByTerm(n, rows);
        MapPartitionsFunction<Row, Row> ranked = rows -> rankGroups(grain, rows);
        return issueTerms
                .select(period.label(col("issue_date")).as("period"), period.start(col("issue_date")).as("period_start"),
                        col("source"), col("term"), col("df"), col("pos_counts"))
                .repartition(col("term"))
                .sortWithinPartitions("term")
                .mapPartitions(perTerm, ExpressionEncoder.apply(PERIOD_TERM))
                .repartition(col("period"), col("source"))
                .sortWithinPartitions("period", "source")
                .mapPartitions(ranked, ExpressionEncoder.apply(Tables.TERM_SUMMARY.schema()))
                .select(Tables.TERM_SUMMARY.projection());
    }

    /** A term's sums in one period and source, with its tf-idf: what {@link #rankGroups} ranks. */
    static final StructType PERIOD_TERM = new StructType()
            .add("period", DataTypes.StringType, true)
            .add("period_start", DataTypes.DateType, true)
            .add("source", DataTypes.StringType, false)
            .add("term", DataTypes.StringType, false)
            .add("pos", DataTypes.StringType, false)
            .add("tf", DataTypes.LongType, false)
            .add("df", DataTypes.LongType, false)
            .add("issues", DataTypes.LongType, false)
            .add("tf_idf", DataTypes.DoubleType, false);

    /** Rows (period, period_start, source, term, df, pos_counts) sorted by term to one row per term, period and source. */
    private static Iterator<Row> sumByTerm(long articles, Iterator<Row> rows) {
        return ConsecutiveGroups.fold(rows, r -> r.getString(3), TermGroup::new, TermGroup::add, g -> g.rows(articles));
    }

    /** One term's issue rows: its corpus df and its sums per period and source (period_start follows period). */
    private static final class TermGroup {
        private String term;
        private long corpusDf;
        private final Map<List<Object>, PeriodTermSummarizer.TermTotals> periods = new LinkedHashMap<>();

        void add(Row r) {
            term = r.getString(3);
            List<Row> tags = r.getList(5);
            List<IssueTermCounter.PosCount> byPos = new ArrayList<>(tags.size());
            for (Row t : tags) {
                byPos.add(new IssueTermCounter.PosCount(t.getString(0), t.getLong(1)));
            }
            long df = r.getLong(4);
            periods.computeIfAbsent(Arrays.asList(r.get(0), r.get(1), r.getString(2)), k -> new PeriodTermSummarizer.TermTotals())
                    .add(byPos, df);
            corpusDf += df;
        }

        List<Row> rows(long articles) {
            List<Row> out = new ArrayList<>(periods.size());
            for (var p : periods.entrySet()) {
                PeriodTermSummarizer.PeriodTerm t = p.getValue().result(term, articles, corpusDf);
                out.add(RowFactory.create(p.getKey().get(0), p.getKey().get(1), p.getKey().get(2), term, t.pos(),
                        t.tf(), t.df(), t.issues(), t.tfIdf()));
            }
            return out;
        }
    }

    /** {@link #PERIOD_TERM} rows sorted by (period, source) to ranked summary rows, a group at a time. */
    private static Iterator<Row> rankGroups(String grain, Iterator<Row> rows) {
        return ConsecutiveGroups.fold(rows, r -> Arrays.asList(r.get(0), r.getString(2)), PeriodGroup::new, PeriodGroup::add,
                g -> g.rows(grain));
    }

    /** One period and source's terms, to be ranked. */
    private static final class PeriodGroup {
        private Row first;
        private final List<PeriodTermSummarizer.PeriodTerm> terms = new ArrayList<>();

        void add(Row r) {
            if (first == null) {
                first = r;
            }
            terms.add(new PeriodTermSummarizer.PeriodTerm(r.getString(3), r.getString(4), r.getLong(5), r.getLong(6), r.getLong(7), r.getDouble(8)));
        }

        List<Row> rows(String grain) {
            List<Row> out = new ArrayList<>(terms.size());
            // Column order of Tables.TERM_SUMMARY.
            for (PeriodTermSummarizer.Summary s : PeriodTermSummarizer.rank(terms)) {
                out.add(RowFactory.create(first.get(0), first.get(1), grain, first.getString(2), s.term(), s.pos(), s.tf(), s.df(),
                        s.issues(), s.tfIdf(), s.rank(), s.tfidfRank()));
            }
            return out;
        }
    }

    /** Rows of the same issue and term from several tasks (undated articles) merged into one, as one task would count them. */
    public static Dataset<Row> mergePartialIssues(Dataset<Row> partial) {
        Dataset<Row> perTag = partial
                .select(col("source"), col("issue_date"), col("term"), col("df"), posexplode(col("pos_counts")).as(new String[] {"tag_idx", "tag"}))
                .groupBy("source", "issue_date", "term", "tag.pos")
                .agg(sum("tag.tf").as("tf"), sum(when(col("tag_idx").equalTo(0), col("df")).otherwise(0L)).as("df"));
        return perTag.groupBy("source", "issue_date", "term")
                .agg(max(struct(col("tf"), col("pos"))).getField("pos").as("pos"), sum("tf").as("tf"), sum("df").as("df"),
                        array_sort(collect_list(struct(col("pos"), col("tf")))).as("pos_counts"))
                .select("source", "issue_date", "term", "pos", "tf", "df", "pos_counts");
    }
}
