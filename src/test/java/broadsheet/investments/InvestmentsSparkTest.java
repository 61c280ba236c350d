package broadsheet.investments;

import broadsheet.analysis.AnalysisStage;
import broadsheet.io.Tables;
import broadsheet.nlp.NlpConfig;
import broadsheet.terms.Period;
import broadsheet.testing.SparkTestSession;
import broadsheet.topics.TopicMatcher;
import broadsheet.topics.TopicTaxonomy;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The investments part of the analysis pass and the totals stage over a small in-memory corpus on local Spark. */
class InvestmentsSparkTest {
    private static final StructType ARTICLES = new StructType()
            .add("article_id", DataTypes.StringType).add("source", DataTypes.StringType)
            .add("issue_date", DataTypes.DateType).add("headline", DataTypes.StringType).add("text", DataTypes.StringType)
            .add("bylines", DataTypes.createArrayType(DataTypes.StringType)).add("input_path", DataTypes.StringType);

    @Test
    void nestedTotalsAreShownButAddedOnceAndTopicsAddUpToTheGrandTotal() {
        SparkSession spark = SparkTestSession.get();
        Dataset<Row> articles = spark.createDataFrame(List.of(
                RowFactory.create("a1", "city-daily", LocalDate.of(2024, 5, 6), "数字经济项目集中签约",
                        "5月5日,20个数字经济产业项目集中签约,总投资约138亿元;其中超10亿元项目4个,总投资约80亿元。", List.of(), "p1"),
                RowFactory.create("a2", "city-daily", LocalDate.of(2024, 5, 20), "光伏组件项目开工",
                        "5月19日,年产5吉瓦光伏组件项目开工,该项目总投资25亿元。公司去年营业收入30亿元。", List.of(), "p2"),
                RowFactory.create("a3", "city-daily", LocalDate.of(2024, 6, 2), "疫情防控会议召开",
                        "会议要求做好核酸检测和物资保障工作。某社保基金委托投资规模约300亿元。", List.of(), "p3")), ARTICLES);
        TopicMatcher topics = new TopicMatcher(TopicTaxonomy.loadDefault());
        InvestmentsStage stage = new InvestmentsStage(topics, Period.MONTH);
        // The analysis pass with only investments on, as `broadsheet investments` runs it.
        AnalysisStage.Output pass = new AnalysisStage(NlpConfig.defaults(), new AnalysisStage.Parts(false, false, true), null, topics, 2, 0,
                spark.sparkContext().longAccumulator(), spark.sparkContext().longAccumulator()).apply(articles);
        Dataset<Row> mentions = pass.investments().cache();
        assertEquals(Tables.INVESTMENTS.columnNames(), List.of(mentions.columns()));

        List<Row> rows = mentions.orderBy("mention_id").collectAsList();
        assertEquals(4, rows.size(), rows.toString());
        Row aum = rows.get(3);
        assertFalse(aum.getBoolean(aum.fieldIndex("counted")), "assets under management are shown, never added");
        assertEquals("assets_under_management", aum.getString(aum.fieldIndex("non_investment")));
        assertEquals("not investment: assets_under_management", aum.getString(aum.fieldIndex("reason")));
        Row total = rows.get(0);
        assertEquals(new BigDecimal("13800000000.00"), total.getDecimal(total.fieldIndex("amount")));
        assertEquals("total", total.getString(total.fieldIndex("kind")));
        assertTrue(total.getBoolean(total.fieldIndex("counted")));
        Row sub = rows.get(1);
        assertEquals("subtotal", sub.getString(sub.fieldIndex("kind")));
        assertEquals("a1-0", sub.getString(sub.fieldIndex("parent_id")));
        assertFalse(sub.getBoolean(sub.fieldIndex("counted")));
        assertTrue(rows.get(2).getString(rows.get(2).fieldIndex("topic")).startsWith("新能源"), rows.get(2).toString());

        Dataset<Row> totals = stage.totals(mentions);
        assertEquals(Tables.TOPIC_INVESTMENT_TOTALS.columnNames(), List.of(totals.columns()));
        BigDecimal grand = (BigDecimal) totals.agg(org.apache.spark.sql.functions.sum("total_amount")).first().get(0);
        assertEquals(0, new BigDecimal("16300000000").compareTo(grand), "138亿 + 25亿, the 80亿 subtotal and the revenue not added");
        assertEquals(2, totals.count());
        assertEquals(1, totals.select("period").distinct().count(), "both counted amounts are in 2024-05; the June article has none counted");
    }
}
