package broadsheet.entities;

import broadsheet.cli.Pipeline;
import broadsheet.io.RunSummary;
import broadsheet.io.Tables;
import broadsheet.nlp.NlpConfig;
import broadsheet.terms.Period;
import broadsheet.testing.Duck;
import broadsheet.testing.SampleRun;
import broadsheet.testing.SharedData;
import broadsheet.testing.SparkTestSession;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * entity_cooccurrence and entity_summary: on a tiny corpus whose every number is worked out by hand below, and on
 * the sample run, checked against their definitions with an independent reader (DuckDB).
 */
class EntitiesSparkTest {
    private static final String WX = "wuxi-daily";
    private static final String NJ = "nanjing-daily";

    // ------------------------------------------------------------------------------------------------------------
    // A tiny corpus. 2024-03, wuxi-daily, N = 5 articles:
    //   a1 03-01  甲 s0, 无锡 s0, 乙 s1, reporter 王拓 (byline, no sentence)
    //   a2 03-05  甲 s0, 无锡 s1, 无锡 s2, 甲 s2, reporter 王拓 s2
    //   a3 03-20  甲 s0, 乙 s0
    //   a4 03-25  无锡 s4
    //   a5 03-28  (no entity: counts in N only)
    // 2024-04, wuxi-daily, N = 1: a6 04-02, 甲 with six partners, all in s0.
    // 2024-03, nanjing-daily, N = 2: n1 03-03 甲 无锡 s0; n2 03-04 甲 s1.
    // Undated, wuxi-daily, N = 1: u1, 甲 乙 s0.
    // Code point order: 丁 4E01 < 丙 4E19 < 乙 4E59 < 南 5357 < 常 5E38 < 无 65E0 < 王 738B < 甲 7532.

    private static Row mention(String article, String date, String source, Integer sentence, String canonical, String type, String role) {
        return RowFactory.create(article, date == null ? null : LocalDate.parse(date), source, sentence,
                sentence == null ? null : 0, sentence == null ? null : canonical.length(), canonical, canonical, type, role,
                role.equals("reporter") ? "byline" : "title", date == null ? "undated" : date.substring(0, 7));
    }

    private static Row person(String article, String date, String source, int sentence, String name) {
        return mention(article, date, source, sentence, name, "PERSON", "mention");
    }

    private static Row place(String article, String date, String source, int sentence, String name) {
        return mention(article, date, source, sentence, name, "PLACE", "mention");
    }

    private static Dataset<Row> tinyEntities(SparkSession spark) {
        List<Row> rows = List.of(
                person("a1", "2024-03-01", WX, 0, "甲"), place("a1", "2024-03-01", WX, 0, "无锡"), person("a1", "2024-03-01", WX, 1, "乙"),
                mention("a1", "2024-03-01", WX, null, "王拓", "PERSON", "reporter"),
                person("a2", "2024-03-05", WX, 0, "甲"), place("a2", "2024-03-05", WX, 1, "无锡"), place("a2", "2024-03-05", WX, 2, "无锡"),
                person("a2", "2024-03-05", WX, 2, "甲"), mention("a2", "2024-03-05", WX, 2, "王拓", "PERSON", "reporter"),
                person("a3", "2024-03-20", WX, 0, "甲"), person("a3", "2024-03-20", WX, 0, "乙"),
                place("a4", "2024-03-25", WX, 4, "无锡"),
                person("a6", "2024-04-02", WX, 0, "甲"), person("a6", "2024-04-02", WX, 0, "乙"), person("a6", "2024-04-02", WX, 0, "丙"),
                person("a6", "2024-04-02", WX, 0, "丁"), place("a6", "2024-04-02", WX, 0, "无锡"), place("a6", "2024-04-02", WX, 0, "南京"),
                place("a6", "2024-04-02", WX, 0, "常州"),
                person("n1", "2024-03-03", NJ, 0, "甲"), place("n1", "2024-03-03", NJ, 0, "无锡"), person("n2", "2024-03-04", NJ, 1, "甲"),
                mention("u1", null, WX, 0, "甲", "PERSON", "mention"), mention("u1", null, WX, 0, "乙", "PERSON", "mention"));
        return spark.createDataFrame(rows, Tables.ENTITIES.schema());
    }

    private static Dataset<Row> tinyArticles(SparkSession spark) {
        StructType schema = new StructType().add("article_id", DataTypes.StringType).add("source", DataTypes.StringType)
                .add("issue_date", DataTypes.DateType);
        List<Row> rows = new ArrayList<>();
        for (String[] a : new String[][] {{"a1", WX, "2024-03-01"}, {"a2", WX, "2024-03-05"}, {"a3", WX, "2024-03-20"},
                {"a4", WX, "2024-03-25"}, {"a5", WX, "2024-03-28"}, {"a6", WX, "2024-04-02"},
                {"n1", NJ, "2024-03-03"}, {"n2", NJ, "2024-03-04"}, {"u1", WX, null}}) {
            rows.add(RowFactory.create(a[0], a[1], a[2] == null ? null : LocalDate.parse(a[2])));
        }
        return spark.createDataFrame(rows, schema);
    }

    /** period|source|a|b -> the row's values as text, doubles to 12 places. */
    private static Map<String, String> pairs(Dataset<Row> cooccurrence) {
        Map<String, String> m = new TreeMap<>();
        for (Row r : cooccurrence.collectAsList()) {
            String key = r.getAs("period") + "|" + r.getAs("source") + "|" + r.getAs("entity_a") + "/" + r.getAs("type_a")
                    + "|" + r.getAs("entity_b") + "/" + r.getAs("type_b");
            String value = r.getAs("articles") + " " + r.getAs("sentences") + " " + r.getAs("first_date") + " " + r.getAs("last_date")
                    + " pmi=" + String.format("%.12f", (double) r.getAs("pmi")) + " npmi=" + String.format("%.12f", (double) r.getAs("npmi"))
                    + " " + r.getAs("period_grain");
            assertEquals(null, m.put(key, value), "one row per pair, period and source: " + key);
        }
        return m;
    }

    private static String expect(long articles, long sentences, String first, String last, long nA, long nB, long n) {
        double pmi = Math.log((double) articles * n / ((double) nA * nB));
        double npmi = articles == n ? 1.0 : pmi / -Math.log((double) articles / n);
        return articles + " " + sentences + " " + first + " " + last + " pmi=" + String.format("%.12f", pmi)
                + " npmi=" + String.format("%.12f", npmi) + " month";
    }

    /** The pairs of the tiny corpus without reporters, every number by hand. */
    private static Map<String, String> expectedWithoutReporters() {
        Map<String, String> e = new TreeMap<>();
        // 2024-03 wuxi-daily: N = 5; articles with 甲 3 (a1 a2 a3), 无锡 3 (a1 a2 a4), 乙 2 (a1 a3).
        e.put("2024-03|wuxi-daily|无锡/PLACE|甲/PERSON", expect(2, 2, "2024-03-01", "2024-03-05", 3, 3, 5)); // a1 s0, a2 s2
        e.put("2024-03|wuxi-daily|乙/PERSON|甲/PERSON", expect(2, 1, "2024-03-01", "2024-03-20", 2, 3, 5));  // a3 s0
        e.put("2024-03|wuxi-daily|乙/PERSON|无锡/PLACE", expect(1, 0, "2024-03-01", "2024-03-01", 2, 3, 5)); // no shared sentence
        // 2024-04 wuxi-daily: N = 1, one article with 7 entities: 21 pairs, all with p(a,b) = 1.
        List<String> a6 = List.of("丁/PERSON", "丙/PERSON", "乙/PERSON", "南京/PLACE", "常州/PLACE", "无锡/PLACE", "甲/PERSON");
        for (int i = 0; i < a6.size(); i++) {
            for (int j = i + 1; j < a6.size(); j++) {
                e.put("2024-04|wuxi-daily|" + a6.get(i) + "|" + a6.get(j), expect(1, 1, "2024-04-02", "2024-04-02", 1, 1, 1));
            }
        }
        // 2024-03 nanjing-daily: N = 2; 甲 in both, 无锡 in one.
        e.put("2024-03|nanjing-daily|无锡/PLACE|甲/PERSON", expect(1, 1, "2024-03-03", "2024-03-03", 1, 2, 2));
        // Undated wuxi-daily: N = 1.
        e.put("null|wuxi-daily|乙/PERSON|甲/PERSON", expect(1, 1, "null", "null", 1, 1, 1));
        return e;
    }

    @Test
    void pairsOfATinyCorpusAreTheHandCountedOnes() {
        SparkSession spark = SparkTestSession.get();
        Map<String, String> actual = pairs(new EntitiesStage(Period.MONTH)
                .cooccurrence(tinyEntities(spark), tinyArticles(spark)));
        assertEquals(expectedWithoutReporters(), actual);
        // The arithmetic the helper does, spelled out once: ln(2*5 / (3*3)) and ln(10/9) / ln(5/2).
        assertEquals("2 2 2024-03-01 2024-03-05 pmi=0.105360515658 npmi=0.114985901300 month",
                actual.get("2024-03|wuxi-daily|无锡/PLACE|甲/PERSON"));
        assertTrue(actual.get("2024-03|wuxi-daily|乙/PERSON|无锡/PLACE").contains("pmi=-0.182321556794 npmi=-0.113282752559"));
    }

    @Test
    void reportersArePairedOnlyWhenAsked() {
        SparkSession spark = SparkTestSession.get();
        Map<String, String> expected = expectedWithoutReporters();
        // 王拓 reports a1 (byline only) and a2 (in s2, with 无锡 and 甲): 2 articles of 2024-03 wuxi-daily.
        expected.put("2024-03|wuxi-daily|王拓/PERSON|甲/PERSON", expect(2, 1, "2024-03-01", "2024-03-05", 2, 3, 5));
        expected.put("2024-03|wuxi-daily|无锡/PLACE|王拓/PERSON", expect(2, 1, "2024-03-01", "2024-03-05", 3, 2, 5));
        expected.put("2024-03|wuxi-daily|乙/PERSON|王拓/PERSON", expect(1, 0, "2024-03-01", "2024-03-01", 2, 2, 5));
        Map<String, String> actual = pairs(new EntitiesStage(Period.MONTH, true)
                .cooccurrence(tinyEntities(spark), tinyArticles(spark)));
        assertEquals(expected, actual);
    }

    /** period|source|entity -> its summary row as text, npmi to 3 places. */
    private static Map<String, String> summary(Dataset<Row> rows) {
        Map<String, String> summary = new TreeMap<>();
        for (Row r : rows.collectAsList()) {
            List<String> top = new ArrayList<>();
            for (Row p : r.<Row>getList(r.fieldIndex("top_co_entities"))) {
                top.add(p.getAs("entity") + "/" + p.getAs("type") + ":" + p.getAs("articles") + ":" + String.format("%.3f", (double) p.getAs("npmi")));
            }
            String key = r.getAs("period") + "|" + r.getAs("source") + "|" + r.getAs("canonical") + "/" + r.getAs("type");
            String value = r.getAs("period_start") + " " + r.getAs("period_grain") + " " + r.getAs("mentions") + " " + r.getAs("reporter_mentions")
                    + " " + r.getAs("articles") + " " + r.getAs("issues") + " " + top;
            assertEquals(null, summary.put(key, value), "one row per entity, period and source: " + key);
        }
        return summary;
    }

    @Test
    void summaryCountsMentionsArticlesIssuesAndListsTheTopPartners() {
        SparkSession spark = SparkTestSession.get();
        EntitiesStage stage = new EntitiesStage(Period.MONTH);
        Dataset<Row> entities = tinyEntities(spark);
        Dataset<Row> rows = stage.summary(entities, stage.cooccurrence(entities, tinyArticles(spark)));
        // The files say the list's elements are never null, and readers (pyarrow's schema test) hold them to it. What
        // is written is the optimised plan's type: Spark drops the cast to the documented, more nullable type.
        assertEquals(false, ((ArrayType) rows.queryExecution().optimizedPlan().schema().apply("top_co_entities").dataType()).containsNull());
        Map<String, String> summary = summary(rows);
        // 甲 in 2024-03: partners 乙 and 无锡 share 2 articles each; 乙 first by npmi (ln(5/3)/ln(5/2) = 0.557 > 0.115).
        assertEquals("2024-03-01 month 4 0 3 3 [乙/PERSON:2:0.557, 无锡/PLACE:2:0.115]", summary.get("2024-03|wuxi-daily|甲/PERSON"));
        assertEquals("2024-03-01 month 4 0 3 3 [甲/PERSON:2:0.115, 乙/PERSON:1:-0.113]", summary.get("2024-03|wuxi-daily|无锡/PLACE"));
        // A reporter: counted as such, and without partners by default.
        assertEquals("2024-03-01 month 2 2 2 2 []", summary.get("2024-03|wuxi-daily|王拓/PERSON"));
        // Six partners tied on articles and npmi: the first five by name.
        assertEquals("2024-04-01 month 1 0 1 1 [丁/PERSON:1:1.000, 丙/PERSON:1:1.000, 乙/PERSON:1:1.000, 南京/PLACE:1:1.000, 常州/PLACE:1:1.000]",
                summary.get("2024-04|wuxi-daily|甲/PERSON"));
        assertEquals("2024-03-01 month 2 0 2 2 [无锡/PLACE:1:0.000]", summary.get("2024-03|nanjing-daily|甲/PERSON"));
        // Undated: no period, one issue.
        assertEquals("null month 1 0 1 1 [乙/PERSON:1:1.000]", summary.get("null|wuxi-daily|甲/PERSON"));
        assertEquals(4 + 7 + 2 + 2, summary.size(), summary.keySet().toString());

        // With reporters paired: 王拓's partners, 无锡 and 甲 tied on articles and npmi (ln(5/3)/ln(5/2)), so by name.
        EntitiesStage withReporters = new EntitiesStage(Period.MONTH, true);
        Map<String, String> summaryWithReporters = summary(withReporters.summary(entities, withReporters.cooccurrence(entities, tinyArticles(spark))));
        assertEquals("2024-03-01 month 2 2 2 2 [无锡/PLACE:2:0.557, 甲/PERSON:2:0.557, 乙/PERSON:1:0.139]",
                summaryWithReporters.get("2024-03|wuxi-daily|王拓/PERSON"));
        assertEquals("2024-03-01 month 4 0 3 3 [乙/PERSON:2:0.557, 王拓/PERSON:2:0.557, 无锡/PLACE:2:0.115]",
                summaryWithReporters.get("2024-03|wuxi-daily|甲/PERSON"));
    }

    // ------------------------------------------------------------------------------------------------------------
    // The sample run, against the definitions computed by DuckDB from the entities and articles tables.

    /** Rows of entity_cooccurrence that differ from the pairs DuckDB computes from entities and articles (self-joins). */
    private static List<Map<String, Object>> pairsAgainstTheirDefinition(Path out, boolean withReporters) {
        String definition = """
                WITH m AS (SELECT DISTINCT strftime(issue_date, '%Y-%m') period, source, article_id, issue_date, sentence_idx, canonical, type
                           FROM entities WHERE role <> 'reporter' OR $reporters),
                     n AS (SELECT strftime(issue_date, '%Y-%m') period, source, count(*) n FROM articles GROUP BY ALL),
                     one AS (SELECT period, source, canonical, type, count(DISTINCT article_id) n FROM m GROUP BY ALL),
                     art AS (SELECT a.period, a.source, a.canonical ea, a.type ta, b.canonical eb, b.type tb,
                                    count(DISTINCT a.article_id) articles, min(a.issue_date) first_date, max(a.issue_date) last_date
                             FROM m a JOIN m b ON a.article_id = b.article_id AND (a.canonical, a.type) < (b.canonical, b.type)
                             GROUP BY ALL),
                     sen AS (SELECT a.canonical ea, a.type ta, b.canonical eb, b.type tb, a.period, a.source,
                                    count(DISTINCT (a.article_id, a.sentence_idx)) sentences
                             FROM m a JOIN m b ON a.article_id = b.article_id AND a.sentence_idx = b.sentence_idx
                                  AND (a.canonical, a.type) < (b.canonical, b.type)
                             GROUP BY ALL)
                SELECT art.*, coalesce(sen.sentences, 0) sentences,
                       ln(art.articles * n.n / (na.n * nb.n)) pmi,
                       CASE WHEN art.articles = n.n THEN 1.0 ELSE ln(art.articles * n.n / (na.n * nb.n)) / -ln(art.articles / n.n) END npmi
                FROM art
                JOIN n ON n.period IS NOT DISTINCT FROM art.period AND n.source = art.source
                JOIN one na ON na.period IS NOT DISTINCT FROM art.period AND na.source = art.source AND na.canonical = art.ea AND na.type = art.ta
                JOIN one nb ON nb.period IS NOT DISTINCT FROM art.period AND nb.source = art.source AND nb.canonical = art.eb AND nb.type = art.tb
                LEFT JOIN sen ON sen.period IS NOT DISTINCT FROM art.period AND sen.source = art.source
                     AND sen.ea = art.ea AND sen.ta = art.ta AND sen.eb = art.eb AND sen.tb = art.tb""";
        return Duck.query(out, "WITH d AS (" + definition.replace("$reporters", String.valueOf(withReporters)) + """
                )
                SELECT c.*, d.* FROM entity_cooccurrence c FULL JOIN d
                  ON d.period IS NOT DISTINCT FROM c.period AND d.source = c.source
                 AND d.ea = c.entity_a AND d.ta = c.type_a AND d.eb = c.entity_b AND d.tb = c.type_b
                WHERE c.articles IS DISTINCT FROM d.articles OR c.sentences IS DISTINCT FROM d.sentences
                   OR c.first_date IS DISTINCT FROM d.first_date OR c.last_date IS DISTINCT FROM d.last_date
                   OR abs(c.pmi - d.pmi) > 1e-9 OR abs(c.npmi - d.npmi) > 1e-9 OR c.pmi IS NULL OR d.pmi IS NULL
                   OR c.npmi < -1 OR c.npmi > 1 OR c.period_grain <> 'month'""");
    }

    @Test
    void samplePairsAreTheArticlesAndSentencesHoldingBoth() throws Exception {
        Path out = SampleRun.output();
        assertTrue(Duck.count(out, "SELECT count(*) FROM entity_cooccurrence") > 10);
        assertTrue(Duck.count(out, "SELECT count(*) FROM entity_cooccurrence WHERE sentences = 0") > 0, "pairs sharing only an article");
        assertEquals(List.of(), pairsAgainstTheirDefinition(out, false));
        // Reporters are left out by default: a name that is only ever a reporter is in no pair.
        String onlyReporters = "FROM entities e WHERE e.role = 'reporter' AND NOT EXISTS "
                + "(SELECT 1 FROM entities x WHERE x.role <> 'reporter' AND x.canonical = e.canonical AND x.type = e.type)";
        assertTrue(Duck.count(out, "SELECT count(*) " + onlyReporters) > 0);
        assertEquals(0, Duck.count(out, """
                SELECT count(*) FROM entity_cooccurrence c JOIN entities e ON e.role = 'reporter'
                  AND ((e.canonical = c.entity_a AND e.type = c.type_a) OR (e.canonical = c.entity_b AND e.type = c.type_b))
                WHERE NOT EXISTS (SELECT 1 FROM entities x WHERE x.role <> 'reporter' AND x.canonical = e.canonical AND x.type = e.type)"""));
        assertEquals(SampleRun.summary().count("entity_cooccurrence_rows"), Duck.count(out, "SELECT count(*) FROM entity_cooccurrence"));
    }

    @Test
    void theRunOptionPairsReportersToo(@TempDir Path out) throws Exception {
        RunSummary summary = new RunSummary();
        Pipeline p = new Pipeline(SparkTestSession.get(), out.toString(), summary);
        p.ingest(SharedData.sampleCorpus().toString(), 64 << 20);
        p.entities(EntityExtractor.defaults(), NlpConfig.defaults(), Period.MONTH, 2, true);
        p.release();
        assertEquals(true, summary.toMap().get("pairs_include_reporters"));
        assertEquals(List.of(), pairsAgainstTheirDefinition(out, true));
        long withReporters = Duck.count(out, """
                SELECT count(*) FROM entity_cooccurrence c
                WHERE EXISTS (SELECT 1 FROM entities e WHERE e.role = 'reporter'
                  AND ((e.canonical = c.entity_a AND e.type = c.type_a) OR (e.canonical = c.entity_b AND e.type = c.type_b)))""");
        assertTrue(withReporters > 0);
        assertTrue(Duck.count(out, "SELECT count(*) FROM entity_cooccurrence") > Duck.count(SampleRun.output(), "SELECT count(*) FROM entity_cooccurrence"));
        assertTrue(Duck.count(out, "SELECT count(*) FROM entity_summary WHERE reporter_mentions = mentions AND len(top_co_entities) > 0") > 0,
                "reporters have partners");
    }

    @Test
    void sampleSummaryIsTheEntitiesTableAddedUp() throws Exception {
        Path out = SampleRun.output();
        assertEquals(Duck.count(out, "SELECT count(*) FROM entities"), Duck.count(out, "SELECT sum(mentions) FROM entity_summary"));
        assertEquals(SampleRun.summary().count("entity_summary_rows"), Duck.count(out, "SELECT count(*) FROM entity_summary"));
        assertTrue(Duck.count(out, "SELECT count(*) FROM entity_summary WHERE reporter_mentions > 0") > 0);
        List<Map<String, Object>> wrong = Duck.query(out, """
                WITH d AS (SELECT strftime(issue_date, '%Y-%m') period, source, canonical, type, count(*) mentions,
                                  count_if(role = 'reporter') reporter_mentions, count(DISTINCT article_id) articles,
                                  CASE WHEN min(issue_date) IS NULL THEN 1 ELSE count(DISTINCT issue_date) END issues,
                                  min(date_trunc('month', issue_date))::DATE period_start
                           FROM entities GROUP BY ALL)
                SELECT s.*, d.* FROM entity_summary s FULL JOIN d
                  ON d.period IS NOT DISTINCT FROM s.period AND d.source = s.source AND d.canonical = s.canonical AND d.type = s.type
                WHERE s.mentions IS DISTINCT FROM d.mentions OR s.reporter_mentions IS DISTINCT FROM d.reporter_mentions
                   OR s.articles IS DISTINCT FROM d.articles OR s.issues IS DISTINCT FROM d.issues
                   OR s.period_start IS DISTINCT FROM d.period_start OR s.period_grain <> 'month'""");
        assertEquals(List.of(), wrong);
        // top_co_entities: the first five partners in entity_cooccurrence by articles, npmi, name, type.
        List<Map<String, Object>> top = Duck.query(out, """
                WITH sides AS (SELECT period, source, entity_a c, type_a t, entity_b pe, type_b pt, articles, npmi FROM entity_cooccurrence
                               UNION ALL
                               SELECT period, source, entity_b, type_b, entity_a, type_a, articles, npmi FROM entity_cooccurrence),
                     ranked AS (SELECT *, row_number() OVER (PARTITION BY period, source, c, t ORDER BY articles DESC, npmi DESC, pe, pt) r FROM sides),
                     d AS (SELECT period, source, c, t, string_agg(pe || '/' || pt || ':' || CAST(articles AS VARCHAR), ',' ORDER BY r) top
                           FROM ranked WHERE r <= 5 GROUP BY ALL),
                     s AS (SELECT period, source, canonical c, type t,
                                  array_to_string(list_transform(top_co_entities, lambda x: x.entity || '/' || x.type || ':' || CAST(x.articles AS VARCHAR)), ',') top
                           FROM entity_summary)
                SELECT s.*, d.top expected FROM s LEFT JOIN d
                  ON d.period IS NOT DISTINCT FROM s.period AND d.source = s.source AND d.c = s.c AND d.t = s.t
                WHERE s.top <> coalesce(d.top, '')""");
        assertEquals(List.of(), top);
        assertTrue(Duck.count(out, "SELECT count(*) FROM entity_summary WHERE len(top_co_entities) = 5") > 0);
        // npmi in the list is the pair's.
        assertEquals(0, Duck.count(out, """
                SELECT count(*) FROM (SELECT period, source, canonical, type, unnest(top_co_entities) x FROM entity_summary) s
                WHERE NOT EXISTS (SELECT 1 FROM entity_cooccurrence c WHERE c.period IS NOT DISTINCT FROM s.period AND c.source = s.source
                   AND c.npmi = s.x.npmi AND c.articles = s.x.articles
                   AND ((c.entity_a = s.canonical AND c.type_a = s.type AND c.entity_b = s.x.entity AND c.type_b = s.x.type)
                     OR (c.entity_b = s.canonical AND c.type_b = s.type AND c.entity_a = s.x.entity AND c.type_a = s.x.type)))"""));
    }
}
