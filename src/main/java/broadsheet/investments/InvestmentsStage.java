package broadsheet.investments;

import broadsheet.io.Tables;
import broadsheet.terms.Period;
import broadsheet.topics.TopicMatcher;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

import java.time.LocalDate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * Articles to the {@code investments} table (every investment amount with its meaning, sentence and
 * topic) and {@code topic_investment_totals} (counted amounts only, per period, source, topic and
 * currency: subtotals, duplicates and restatements are shown in {@code investments} but never added).
 */
public final class InvestmentsStage {
    private final TopicMatcher topics;
    private final Period period;

    public InvestmentsStage(TopicMatcher topics, Period period) {
        this.topics = topics;
        this.period = period;
    }

    /** The {@code investments} rows of the articles. */
    public Dataset<Row> mentions(Dataset<Row> articles) {
        ArticleInvestments extractor = new ArticleInvestments(topics);
        FlatMapFunction<Row, InvestmentRow> perArticle = a -> extractor.extract(
                a.getString(0), a.getString(1), (LocalDate) a.get(2), a.getString(3), a.getString(4)).iterator();
        Dataset<Row> investments = articles
                .select("article_id", "source", "issue_date", "headline", "text")
                .flatMap(perArticle, Encoders.bean(InvestmentRow.class))
                .select(col("mentionId").as("mention_id"), col("articleId").as("article_id"), col("source"),
                        col("issueDate").as("issue_date"), col("sentenceIdx").as("sentence_idx"), col("sentence"),
                        col("amountText").as("amount_text"), col("amount"), col("amountLow").as("amount_low"),
                        col("amountHigh").as("amount_high"), col("currency"), col("qualifier"), col("kind"),
                        col("parentId").as("parent_id"), col("projectCount").as("project_count"), col("topic"),
                        col("topicSector").as("topic_sector"), col("topics"), col("topicBasis").as("topic_basis"),
                        col("counted"), col("reason"), col("status"), col("nonInvestment").as("non_investment"),
                        Tables.issueMonth(col("issueDate")).as("issue_month"))
                .select(Tables.INVESTMENTS.projection());
        return investments;
    }

    /** {@code topic_investment_totals} from {@code investments} rows (best from the written table: no re-extraction). */
    public Dataset<Row> totals(Dataset<Row> investments) {
        return investments.filter(col("counted"))
                .withColumn("period", period.label(col("issue_date")))
                .withColumn("period_start", period.start(col("issue_date")))
                .groupBy(col("period"), col("period_start"), col("source"), col("topic_sector").as("topic"), col("currency"))
                .agg(sum("amount").as("total_amount"),
                        sum(coalesce(col("amount_low"), lit(0))).as("total_low"),
                        // An open upper bound (超10亿元) leaves the total's upper bound open too.
                        when(count(when(col("amount_high").isNull(), 1)).gt(0), lit(null))
                                .otherwise(sum("amount_high")).as("total_high"),
                        count(lit(1)).as("mentions"),
                        sum(coalesce(col("project_count"), lit(0))).as("projects"),
                        countDistinct("article_id").as("articles"))
                .withColumn("period_grain", lit(period.cliName()))
                .select(Tables.TOPIC_INVESTMENT_TOTALS.projection());
    }
}
