package broadsheet.terms;

import broadsheet.cli.Pipeline;
import broadsheet.io.RunSummary;
import broadsheet.nlp.NlpConfig;
import broadsheet.nlp.Segmenters;
import broadsheet.nlp.SentenceSplitter;
import broadsheet.nlp.TermFilter;
import broadsheet.nlp.Token;
import broadsheet.testing.Duck;
import broadsheet.testing.SampleRun;
import broadsheet.testing.SharedData;
import broadsheet.testing.SparkTestSession;
import com.hankcs.hanlp.seg.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TermsSparkTest {
    @Test
    void countsEqualAPlainHanlpLoopOverTheSameSentences() throws Exception {
        assertTrue(assertCountsEqualAPlainHanlpLoop(SampleRun.output()) > 300);
    }

    /** Undated articles are segmented in several tasks; their partial counts must merge into one row per term. */
    @Test
    void undatedArticlesSpreadOverTasksCountAsOneIssue(@TempDir Path in, @TempDir Path out) throws Exception {
        String[] bodies = {
                "市政府召开新能源汽车产业推进会,研究产业链招商工作。新能源汽车产业是全市重点产业。",
                "高新区集成电路产业园新开工三个项目,集成电路产业规模持续扩大。",
                "全市文化旅游消费持续回暖,文化旅游项目建设加快推进。",
                "市场监管部门开展食品安全检查,检查企业一百余家。",
                "新能源汽车零部件企业加快技术改造,产业链配套能力提升。",
                "生物医药产业创新中心启用,产业创新平台建设取得进展。",
                "交通部门推进城市道路改造,道路通行能力提升。",
                "农业农村部门推进高标准农田建设,农田建设任务全面完成。",
                "教育部门新建学校十所,学校建设推进顺利。",
                "集成电路企业研发投入增长,研发人员数量增加。"};
        StringBuilder jsonl = new StringBuilder();
        for (String b : bodies) {
            jsonl.append("{\"source\": \"wire\", \"text\": \"").append(b).append("\"}\n");
        }
        Files.createDirectories(in.resolve("feeds"));
        Files.writeString(in.resolve("feeds/wire.jsonl"), jsonl.toString());
        Files.createDirectories(in.resolve("taihu-daily"));
        Files.copy(SharedData.sampleCorpus().resolve("taihu-daily/2024-03-15.txt"), in.resolve("taihu-daily/2024-03-15.txt"));
        Pipeline p = new Pipeline(SparkTestSession.get(), out.toString(), new RunSummary());
        p.ingest(in.toString(), 64 << 20);
        p.terms(NlpConfig.defaults(), Period.MONTH, 4);
        p.release();
        assertEquals(10, Duck.count(out, "SELECT count(*) FROM articles WHERE issue_date IS NULL"));
        assertEquals(3, Duck.count(out, "SELECT tf FROM term_frequencies WHERE issue_date IS NULL AND term = '集成电路'"));
        assertEquals(2, Duck.count(out, "SELECT df FROM term_frequencies WHERE issue_date IS NULL AND term = '集成电路'"));
        assertEquals(3, Duck.count(out, "SELECT df FROM term_frequencies WHERE issue_date IS NULL AND term = '产业'"));
        assertEquals(1, Duck.count(out, "SELECT issues FROM term_summary WHERE period IS NULL AND term = '产业'"));
        assertCountsEqualAPlainHanlpLoop(out);
    }

    /** Returns how many (issue, term) rows were compared. */
    static int assertCountsEqualAPlainHanlpLoop(Path out) throws Exception {
        NlpConfig cfg = NlpConfig.defaults();
        Segment segment = Segmenters.create(List.of());
        TermFilter filter = cfg.termFilter();
        // issue key -> term -> {tf, df}; issue key -> term -> pos -> tf; the same per month
        Map<String, Map<String, long[]>> expected = new TreeMap<>();
        Map<String, Map<String, Map<String, Long>>> tags = new TreeMap<>();
        Map<String, Map<String, Map<String, Long>>> monthTags = new TreeMap<>();
        for (Map<String, Object> a : Duck.query(out, "SELECT source, CAST(issue_date AS VARCHAR) d, strftime(issue_date, '%Y-%m') m, text FROM articles")) {
            String issue = a.get("source") + "|" + a.get("d");
            String month = a.get("source") + "|" + a.get("m");
            Set<String> seen = new HashSet<>();
            for (String sentence : SentenceSplitter.sentences((String) a.get("text"))) {
                for (Token t : Segmenters.tokens(segment, sentence)) {
                    if (filter.counts(t)) {
                        long[] c = expected.computeIfAbsent(issue, k -> new TreeMap<>()).computeIfAbsent(t.word(), k -> new long[2]);
                        c[0]++;
                        if (seen.add(t.word())) {
                            c[1]++;
                        }
                        tags.computeIfAbsent(issue, k -> new TreeMap<>()).computeIfAbsent(t.word(), k -> new TreeMap<>()).merge(t.pos(), 1L, Long::sum);
                        monthTags.computeIfAbsent(month, k -> new TreeMap<>()).computeIfAbsent(t.word(), k -> new TreeMap<>()).merge(t.pos(), 1L, Long::sum);
                    }
                }
            }
        }
        Map<String, Map<String, long[]>> actual = new TreeMap<>();
        Map<String, String> actualPos = new TreeMap<>();
        for (Map<String, Object> r : Duck.query(out, "SELECT source, CAST(issue_date AS VARCHAR) d, term, pos, tf, df FROM term_frequencies")) {
            String issue = r.get("source") + "|" + r.get("d");
            long[] previous = actual.computeIfAbsent(issue, k -> new TreeMap<>())
                    .put((String) r.get("term"), new long[] {(Long) r.get("tf"), (Long) r.get("df")});
            assertEquals(null, previous, "one row per issue and term: " + issue + " " + r.get("term"));
            actualPos.put(issue + " " + r.get("term"), (String) r.get("pos"));
        }
        assertEquals(render(expected), render(actual));
        // pos: the most frequent tag, ties to the greater tag; per issue and per month.
        assertEquals(dominant(tags), actualPos);
        Map<String, String> summaryPos = new TreeMap<>();
        for (Map<String, Object> r : Duck.query(out, "SELECT source, period, term, pos FROM term_summary")) {
            summaryPos.put(r.get("source") + "|" + r.get("period") + " " + r.get("term"), (String) r.get("pos"));
        }
        assertEquals(dominant(monthTags), summaryPos);
        return expected.values().stream().mapToInt(Map::size).sum();
    }

    private static Map<String, String> dominant(Map<String, Map<String, Map<String, Long>>> tags) {
        Map<String, String> out = new TreeMap<>();
        tags.forEach((key, terms) -> terms.forEach((term, byPos) -> {
            String best = null;
            for (Map.Entry<String, Long> e : byPos.entrySet()) {
                if (best == null || e.getValue() >= byPos.get(best)) {
                    best = e.getKey();
                }
            }
            out.put(key + " " + term, best);
        }));
        return out;
    }

    private static String render(Map<String, Map<String, long[]>> m) {
        StringBuilder sb = new StringBuilder();
        m.forEach((issue, terms) -> terms.forEach((t, c) -> sb.append(issue).append(' ').append(t).append(' ').append(c[0]).append('/').append(c[1]).append('\n')));
        return sb.toString();
    }

    @Test
    void summaryAddsUpTheIssuesOfEachPeriod() throws Exception {
        Path out = SampleRun.output();
        List<Map<String, Object>> mismatches = Duck.query(out, """
                WITH f AS (SELECT source, strftime(issue_date, '%Y-%m') period, term, sum(tf) tf, sum(df) df, count(*) issues
                           FROM term_frequencies GROUP BY ALL)
                SELECT s.term FROM term_summary s JOIN f ON s.source = f.source AND s.period IS NOT DISTINCT FROM f.period AND s.term = f.term
                WHERE s.tf <> f.tf OR s.df <> f.df OR s.issues <> f.issues""");
        assertEquals(List.of(), mismatches);
        assertEquals(Duck.count(out, "SELECT count(*) FROM term_summary"),
                Duck.count(out, "SELECT count(*) FROM (SELECT DISTINCT source, strftime(issue_date, '%Y-%m'), term FROM term_frequencies)"));
        // Ranks are 1..n without gaps within each period and source.
        assertEquals(0, Duck.count(out, """
                SELECT count(*) FROM (SELECT period, source, max(rank) m, count(*) n, max(tfidf_rank) t FROM term_summary GROUP BY ALL)
                WHERE m <> n OR t <> n"""));
        assertEquals(1, Duck.count(out, "SELECT count(DISTINCT period_grain) FROM term_summary"));
    }

    @Test
    void seedIssueTopTermsAreItsSubjectsWithoutPunctuationOrStopwords(@TempDir Path in, @TempDir Path out) throws Exception {
        Path seed = SharedData.require("seed/wuxi-daily-2022-11-04.txt");
        Files.createDirectories(in.resolve("wuxi-daily"));
        Files.copy(seed, in.resolve("wuxi-daily/2022-11-04.txt"));
        Pipeline p = new Pipeline(SparkTestSession.get(), out.toString(), new RunSummary());
        p.ingest(in.toString(), 64 << 20);
        p.terms(NlpConfig.defaults(), Period.MONTH, 2);
        p.entities(broadsheet.entities.EntityExtractor.defaults(), NlpConfig.defaults(), Period.MONTH, 2);
        p.release();

        // Entities analysts can trust: whole names, no fake persons, reporters as reporters.
        Set<String> persons = new HashSet<>(Duck.query(out, "SELECT DISTINCT canonical FROM entities WHERE type = 'PERSON' AND role = 'mention'")
                .stream().map(r -> (String) r.get("canonical")).toList());
        assertTrue(persons.containsAll(List.of("许昆林", "杜小刚", "赵建军", "秦咏薪")), persons.toString());
        for (String fake : List.of("许昆", "秦咏", "党管", "议军", "堵点", "应检尽", "林在")) {
            assertFalse(persons.contains(fake), fake + " in " + persons);
        }
        // Eight in the issue: one in the headline (evidence only), seven in the body, all whole.
        assertEquals(7, Duck.count(out, "SELECT count(*) FROM entities WHERE canonical = '许昆林' AND role = 'mention'"));
        // A long company name of the seed, by its offset in the file (no seed text copied here): found whole, never cut.
        String company = Files.readString(seed, StandardCharsets.UTF_8).substring(2602, 2612);
        assertEquals(2, Duck.count(out, "SELECT count(*) FROM entities WHERE canonical = '" + company + "' AND type = 'ORGANIZATION'"));
        assertEquals(0, Duck.count(out, "SELECT count(*) FROM entities WHERE canonical = '" + company.substring(1) + "'"));
        assertEquals(5, Duck.count(out, "SELECT count(DISTINCT canonical) FROM entities WHERE role = 'reporter'"));
        assertTrue(Duck.query(out, "SELECT canonical FROM entities WHERE role = 'reporter'").toString().contains("王怡菽"));
        for (String[] pair : List.of(new String[] {"无锡", "许昆林"}, new String[] {"周文栋", "赵建军"})) {
            assertEquals(1, Duck.count(out, "SELECT count(*) FROM entity_cooccurrence WHERE entity_a = '"
                    + pair[0] + "' AND entity_b = '" + pair[1] + "'"), String.join("–", pair));
        }
        assertEquals(0, Duck.count(out, """
                SELECT count(*) FROM entities e JOIN articles a USING (article_id)
                WHERE e.start IS NOT NULL AND substr(a.text, e.start + 1, e."end" - e.start) <> e.surface"""));

        // The issue's articles, as the foundation issue specifies them.
        List<Map<String, Object>> articles = Duck.query(out, "SELECT headline, dateline, bylines, text FROM articles ORDER BY article_seq");
        assertEquals(5, articles.size());
        assertEquals(List.of("11月1日至3日", "11月3日", "11月3日", "11月2日下午", "11月3日至4日"), articles.stream().map(a -> a.get("dateline")).toList());
        assertEquals(List.of(List.of("王拓"), List.of("惠晓婧"), List.of("高美梅"), List.of("周晓方"), List.of("王怡菽")),
                articles.stream().map(a -> a.get("bylines")).toList());
        assertTrue(articles.get(0).get("headline").toString().startsWith("许昆林在"));
        assertTrue(articles.get(0).get("headline").toString().contains("调研时强调"));
        assertTrue(articles.get(0).get("text").toString().contains("了解整车制造情况"));

        List<String> top = Duck.query(out, "SELECT term FROM term_summary WHERE period = '2022-11' AND rank <= 10 ORDER BY rank")
                .stream().map(r -> (String) r.get("term")).toList();
        assertTrue(top.containsAll(List.of("发展", "产业", "无锡")), top.toString());
        Set<String> stopwords = NlpConfig.defaults().stopwords();
        for (Map<String, Object> r : Duck.query(out, "SELECT term, pos FROM term_summary")) {
            String term = (String) r.get("term");
            assertFalse(stopwords.contains(term), term);
            assertFalse(((String) r.get("pos")).startsWith("w"), term);
            assertTrue(term.codePoints().anyMatch(Character::isLetter), term);
        }
    }

    @Test
    void periodGrainsLabelTheSameCounts(@TempDir Path out) throws Exception {
        RunSummary s = new RunSummary();
        Pipeline p = new Pipeline(SparkTestSession.get(), out.toString(), s);
        p.ingest(SharedData.sampleCorpus().toString(), 64 << 20);
        p.terms(NlpConfig.defaults(), Period.YEAR, 2);
        p.release();
        Map<String, Object> row = Duck.query(out, "SELECT period, CAST(period_start AS VARCHAR) ps, period_grain FROM term_summary WHERE period IS NOT NULL LIMIT 1").get(0);
        assertEquals(Map.of("period", "2024", "ps", "2024-01-01", "period_grain", "year"), new HashMap<>(row));
        assertEquals(Duck.count(SampleRun.output(), "SELECT sum(tf) FROM term_summary"), Duck.count(out, "SELECT sum(tf) FROM term_summary"));
    }
}
