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
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

/**
 * Term frequencies from segmented sentences. Each article's terms are counted in plain Java
 * ({@link ArticleTermCounter}); Spark adds them up per issue ({@code term_frequencies}) and per period and
 * source ({@code term_summary}, with tf-idf against the whole corpus and ranks).
 */
public final class TermsStage {
    static final StructType ARTICLE_TERMS = new StructType()
            .add("article_id", DataTypes.StringType, false)
            .add("source", DataTypes.StringType, false)
            .add("issue_date", DataTypes.DateType, true)
            .add("term", DataTypes.StringType, false)
            .add("pos", DataTypes.StringType, false)
            .add("n", DataTypes.LongType, false)
            .add("first_pos", DataTypes.IntegerType, false);

    private final NlpConfig config;
    private final Period period;

    public TermsStage(NlpConfig config, Period period) {
        this.config = config;
        this.period = period;
    }

    public record Output(Dataset<Row> termFrequencies, Dataset<Row> termSummary) {
    }

    /**
     * @param segmented the output of {@link SegmentStage}: one row per article, sentences nested
     * @param articleCount articles in the corpus, the N of idf
     */
    public Output apply(Dataset<Row> segmented, long articleCount) {
        TermFilter filter = config.termFilter();
        MapPartitionsFunction<Row, Row> countArticles = rows -> countByArticle(filter, rows);
        Dataset<Row> articleTerms = segmented.mapPartitions(countArticles, ExpressionEncoder.apply(ARTICLE_TERMS));

        // Per (issue, term, pos), then per (issue, term): exact tf, df; pos = the term's most frequent tag.
        Dataset<Row> issuePos = articleTerms.groupBy("source", "issue_date", "term", "pos")
                .agg(sum("n").as("tf"), sum("first_pos").as("df"));
        Dataset<Row> termFrequencies = issuePos.groupBy("source", "issue_date", "term")
                .agg(sum("tf").as("tf"), sum("df").as("df"), max(struct(col("tf"), col("pos"))).getField("pos").as("pos"))
                .withColumn("issue_month", Tables.issueMonth(col("issue_date")))
                .select(Tables.TERM_FREQUENCIES.projection());

        // Per period and source: tf, df and issues add up exactly from the per-issue table; pos from the tags.
        Dataset<Row> perPeriod = termFrequencies
                .withColumn("period", period.label(col("issue_date")))
                .withColumn("period_start", period.start(col("issue_date")))
                .groupBy("period", "period_start", "source", "term")
                .agg(sum("tf").as("tf"), sum("df").as("df"), count(lit(1)).as("issues"));
        Dataset<Row> periodPos = issuePos
                .withColumn("period", period.label(col("issue_date")))
                .groupBy("period", "source", "term", "pos").agg(sum("tf").as("tf"))
                .groupBy("period", "source", "term").agg(max(struct(col("tf"), col("pos"))).getField("pos").as("pos"));
        Dataset<Row> corpusDf = issuePos.groupBy("term").agg(sum("df").as("corpus_df"));
        double n = articleCount;
        Dataset<Row> termSummary = perPeriod
                .join(periodPos, perPeriod.col("period").eqNullSafe(periodPos.col("period"))
                        .and(perPeriod.col("source").equalTo(periodPos.col("source")))
                        .and(perPeriod.col("term").equalTo(periodPos.col("term"))))
                .select(perPeriod.col("*"), periodPos.col("pos"))
                .join(corpusDf, "term")
                .withColumn("idf", log(lit(1.0 + n).divide(col("corpus_df").plus(1.0))).plus(1.0))
                .withColumn("tf_idf", col("tf").multiply(col("idf")))
                .withColumn("rank", row_number().over(Window.partitionBy("period", "source")
                        .orderBy(col("tf").desc(), col("term"))))
                .withColumn("tfidf_rank", row_number().over(Window.partitionBy("period", "source")
                        .orderBy(col("tf_idf").desc(), col("term"))))
                .withColumn("period_grain", lit(period.cliName()))
                .select(Tables.TERM_SUMMARY.projection());
        return new Output(termFrequencies, termSummary);
    }

    /** One row per (article, term, pos); the article's sentences are all in its row. */
    private static Iterator<Row> countByArticle(TermFilter filter, Iterator<Row> articles) {
        ArticleTermCounter counter = new ArticleTermCounter(filter);
        return new Iterator<>() {
            private final List<Row> pending = new ArrayList<>();
            private int next;

            @Override
            public boolean hasNext() {
                while (next >= pending.size() && articles.hasNext()) {
                    pending.clear();
                    next = 0;
                    Row a = articles.next();
                    List<List<Token>> sentences = new ArrayList<>();
                    for (Row s : SegmentStage.sentencesOf(a)) {
                        sentences.add(SegmentStage.tokensOf(s));
                    }
                    for (ArticleTermCounter.Count c : counter.count(sentences)) {
                        pending.add(RowFactory.create(a.getString(0), a.getString(1), a.get(2), c.term(), c.pos(), (long) c.n(), c.firstPos() ? 1 : 0));
                    }
                }
                return next < pending.size();
            }

            @Override
            public Row next() {
                return pending.get(next++);
            }
        };
    }
}
