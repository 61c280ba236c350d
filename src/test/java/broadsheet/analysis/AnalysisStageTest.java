package broadsheet.analysis;

import broadsheet.entities.EntityExtractor;
import broadsheet.io.TableWriter;
import broadsheet.io.Tables;
import broadsheet.nlp.NlpConfig;
import broadsheet.nlp.Segmenters;
import broadsheet.nlp.SentenceSplitter;
import broadsheet.nlp.Token;
import broadsheet.terms.IssueTermCounter;
import broadsheet.testing.SparkTestSession;
import broadsheet.topics.TopicMatcher;
import broadsheet.topics.TopicTaxonomy;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one analysis pass on local Spark over a small in-memory corpus of several months, sources and an undated feed. */
class AnalysisStageTest {
    private static final StructType ARTICLES = new StructType()
            .add("article_id", DataTypes.StringType).add("source", DataTypes.StringType).add("issue_date", DataTypes.DateType)
            .add("headline", DataTypes.StringType).add("bylines", DataTypes.createArrayType(DataTypes.StringType))
            .add("text", DataTypes.StringType).add("input_path", DataTypes.StringType);

    private static final String[] BODIES = {
        "市委书记陈立群在湖滨区调研新能源项目。他指出,要加快推进项目建设。",
        "本次签约的12个项目总投资约86亿元,其中光伏组件项目总投资约30亿元。",
        "湖滨区举行招商推介会,市长周明远出席并致辞。",
        "市民公园改造工程完工,新增绿地三万平方米。",
    };

    /** Six months of two sources, three articles an issue, and three undated articles of a third source. */
    private static List<Row> corpus() {
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (String source : List.of("lakeside-daily", "hill-evening")) {
            for (int month = 1; month <= 6; month++) {
                for (int day : new int[] {3, 17}) {
                    LocalDate d = LocalDate.of(2024, month, day);
                    for (int k = 0; k < 3; k++) {
                        String text = BODIES[(n + k) % BODIES.length] + "\n" + BODIES[(n + k + 1) % BODIES.length];
                        rows.add(RowFactory.create(source + "-" + d + "-" + k, source, d, "湖滨新闻" + k, List.of("(王拓)"), text,
                                source + "/" + d + ".txt"));
                    }
                    n++;
                }
            }
        }
        for (int k = 0; k < 3; k++) {
            rows.add(RowFactory.create("feed-" + k, "feed", null, null, List.of(), BODIES[k], "feed/all.jsonl"));
        }
        return rows;
    }

    private static AnalysisStage stage(SparkSession spark, int partitions, long budgetMillis, LongAccumulator articles, LongAccumulator chars) {
        return new AnalysisStage(NlpConfig.defaults(), new AnalysisStage.Parts(true, true, true), EntityExtractor.defaults(),
                new TopicMatcher(TopicTaxonomy.loadDefault()), partitions, budgetMillis, articles, chars);
    }

    @Test
    void onePassGivesEveryPerIssueTableInFewFilesPerMonth(@TempDir Path out) throws Exception {
        SparkSession spark = SparkTestSession.get();
        List<Row> corpus = corpus();
        Dataset<Row> articles = spark.createDataFrame(corpus, ARTICLES);
        LongAccumulator doneArticles = spark.sparkContext().longAccumulator();
        LongAccumulator doneChars = spark.sparkContext().longAccumulator();
        AnalysisStage.Output pass = stage(spark, 8, 0, doneArticles, doneChars).apply(articles);
        TableWriter writer = new TableWriter(out.toString());
        try {
            writer.write(pass.termFrequencies(), Tables.TERM_FREQUENCIES);
            writer.write(pass.mentions(), Tables.ENTITIES);
            writer.write(pass.investments(), Tables.INVESTMENTS);
            assertTrue(!pass.mayHaveWarnings(), "no article was cut short, and the pass knows it without reading its rows again");
            assertEquals(0, pass.warnings().count());
        } finally {
            pass.release();
        }
        assertEquals(corpus.size(), doneArticles.value(), "every article analysed once, whatever the number of tables written");
        assertEquals(corpus.stream().mapToLong(r -> r.getString(5).length()).sum(), doneChars.value());

        // term_frequencies: what counting each issue alone in plain Java gives (undated: one issue per source).
        Map<String, IssueTermCounter> expected = new TreeMap<>();
        for (Row r : corpus) {
            List<List<Token>> sentences = new ArrayList<>();
            for (String s : SentenceSplitter.sentences(r.getString(5))) {
                sentences.add(Segmenters.tokens(Segmenters.get(NlpConfig.defaults()), s));
            }
            expected.computeIfAbsent(r.getString(1) + "|" + r.get(2), k -> new IssueTermCounter(NlpConfig.defaults().termFilter()))
                    .addArticle(sentences);
        }
        Map<String, String> want = new TreeMap<>();
        expected.forEach((issue, counter) -> counter.drain().forEach(t -> want.put(issue + "|" + t.term(),
                t.pos() + " " + t.tf() + " " + t.df() + " " + t.byPos())));
        Map<String, String> got = new TreeMap<>();
        for (Row r : writer.read(spark, Tables.TERM_FREQUENCIES).collectAsList()) {
            List<IssueTermCounter.PosCount> byPos = new ArrayList<>();
            for (Row p : r.<Row>getList(r.fieldIndex("pos_counts"))) {
                byPos.add(new IssueTermCounter.PosCount(p.getString(0), p.getLong(1)));
            }
            assertEquals(null, got.put(r.getAs("source") + "|" + r.getAs("issue_date") + "|" + r.getAs("term"),
                    r.getAs("pos") + " " + r.getAs("tf") + " " + r.getAs("df") + " " + byPos), "one row per issue and term");
        }
        assertEquals(want, got);

        // entities: offsets point into the article text.
        Map<String, String> texts = new LinkedHashMap<>();
        corpus.forEach(r -> texts.put(r.getString(0), r.getString(5)));
        List<Row> mentions = writer.read(spark, Tables.ENTITIES).collectAsList();
        assertTrue(mentions.stream().anyMatch(m -> m.getAs("surface").equals("陈立群")), mentions.toString());
        for (Row m : mentions) {
            if (m.getAs("start") != null) {
                assertEquals(m.getAs("surface"), texts.get((String) m.getAs("article_id")).substring(m.getAs("start"), m.getAs("end")));
            }
        }
        assertEquals(corpus.size() - 3, mentions.stream().filter(m -> m.getAs("role").equals("reporter")).count(), "王拓 once per dated article");
        // investments: the 86亿 total of each article holding it, the 30亿 part apart.
        List<Row> amounts = writer.read(spark, Tables.INVESTMENTS).collectAsList();
        long holding = corpus.stream().filter(r -> r.getString(5).contains("86亿元")).count();
        assertEquals(holding, amounts.stream().filter(a -> (Boolean) a.getAs("counted")).count());
        assertEquals(holding, amounts.stream().filter(a -> a.getAs("kind").equals("subtotal")).count());

        // Few files: each month of each per-issue table comes from at most 4 tasks (docs/tables.md).
        for (String table : List.of("term_frequencies", "entities", "investments")) {
            File[] months = out.resolve(table).toFile().listFiles(f -> f.getName().startsWith("issue_month="));
            assertTrue(months != null && months.length >= 6, table);
            for (File month : months) {
                try (Stream<Path> files = Files.list(month.toPath())) {
                    long parquet = files.filter(f -> f.toString().endsWith(".parquet")).count();
                    assertTrue(parquet >= 1 && parquet <= 4, table + "/" + month.getName() + ": " + parquet + " files");
                }
            }
        }
    }

    @Test
    void anArticlePastItsBudgetIsAWarningAndStillGivesWhatItGot() {
        SparkSession spark = SparkTestSession.get();
        // 3,000 sentences cannot be segmented within a millisecond; the first always is.
        String longText = String.join("", java.util.Collections.nCopies(3000, "湖滨区举行招商推介会。"));
        Dataset<Row> articles = spark.createDataFrame(List.of(
                RowFactory.create("long", "lakeside-daily", LocalDate.of(2024, 5, 6), null, List.of(), longText, "lakeside-daily/2024-05-06.txt"),
                // One sentence: checked at the start, never past a budget.
                RowFactory.create("short", "lakeside-daily", LocalDate.of(2024, 5, 7), null, List.of(), "市民公园改造工程完工。", "lakeside-daily/2024-05-07.txt")),
                ARTICLES);
        AnalysisStage.Output pass = stage(spark, 2, 1, spark.sparkContext().longAccumulator(), spark.sparkContext().longAccumulator())
                .apply(articles);
        try {
            List<Row> warnings = pass.warnings().collectAsList();
            assertTrue(pass.mayHaveWarnings());
            assertEquals(1, warnings.size(), warnings.toString());
            assertEquals(AnalysisStage.CUT_SHORT, warnings.get(0).getAs("reason"));
            assertEquals("lakeside-daily/2024-05-06.txt", warnings.get(0).getAs("input_path"));
            assertEquals(AnalysisStage.STAGE, warnings.get(0).getAs("stage"));
            // Every term of the long article occurs once per sentence: counted in the sentences segmented in time only.
            Row top = pass.termFrequencies().filter("issue_date = DATE '2024-05-06'").orderBy(org.apache.spark.sql.functions.col("tf").desc()).first();
            long tf = top.getAs("tf");
            assertTrue(tf >= 1 && tf < 3000, top.toString());
        } finally {
            pass.release();
        }
    }
}
