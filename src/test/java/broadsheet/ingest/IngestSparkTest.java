package broadsheet.ingest;

import broadsheet.cli.Pipeline;
import broadsheet.io.RunSummary;
import broadsheet.testing.Duck;
import broadsheet.testing.SharedData;
import broadsheet.testing.SparkTestSession;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ingest stage on real Spark (local[2]), read back with DuckDB. */
class IngestSparkTest {
    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkTestSession.get();
    }

    private static RunSummary ingest(Path input, Path output, long maxBytes) throws Exception {
        RunSummary summary = new RunSummary();
        new Pipeline(spark, output.toString(), summary).ingest(input.toString(), maxBytes);
        return summary;
    }

    @Test
    void sampleCorpusGivesEveryArticleAndAccountsForEveryFile(@TempDir Path out) throws Exception {
        RunSummary s = ingest(SharedData.sampleCorpus(), out, 64 << 20);
        assertEquals(5, s.count("files_listed"));
        assertEquals(12, s.count("articles"));
        assertEquals(2, s.count("records_rejected"));
        assertEquals(Boolean.TRUE, s.toMap().get("reconciliation") instanceof Map<?, ?> m ? m.get("files_ok") : null);

        assertEquals(12, Duck.count(out, "SELECT count(*) FROM articles"));
        assertEquals(12, Duck.count(out, "SELECT count(DISTINCT article_id) FROM articles"));
        // The GBK file with CRLF and full-width indentation, the UTF-8 file with BOM, hive-style paths.
        List<Map<String, Object>> enc = Duck.query(out,
                "SELECT encoding, source, CAST(issue_date AS VARCHAR) d, count(*) n FROM articles GROUP BY ALL ORDER BY d NULLS LAST, source");
        assertEquals(List.of(
                Map.of("encoding", "UTF-8", "source", "taihu-daily", "d", "2024-03-15", "n", 3L),
                Map.of("encoding", "GBK", "source", "taihu-daily", "d", "2024-03-16", "n", 2L),
                Map.of("encoding", "UTF-8-BOM", "source", "canal-evening", "d", "2024-04-02", "n", 2L),
                Map.of("encoding", "UTF-8", "source", "jiangnan-wire", "d", "2024-04-03", "n", 2L),
                Map.of("encoding", "UTF-8", "source", "jiangnan-wire", "d", "2024-04-05", "n", 2L)),
                enc.subList(0, 5).stream().map(r -> Map.of("encoding", r.get("encoding"), "source", r.get("source"), "d", r.get("d"), "n", r.get("n"))).toList());

        Map<String, Object> signing = Duck.query(out, "SELECT * FROM articles WHERE headline LIKE '一季度重大产业项目集中签约%'").get(0);
        assertEquals(List.of("刘洋", "王磊"), signing.get("bylines"));
        assertEquals("3月14日下午", signing.get("dateline"));
        assertEquals("2024-03-14", String.valueOf(signing.get("dateline_date")));
        assertEquals("2024-03", signing.get("issue_month"));
        String visit = (String) Duck.query(out, "SELECT text FROM articles WHERE headline LIKE '周明远在高新区%'").get(0).get("text");
        assertTrue(visit.contains("考察生产线运行情况"), visit);
        assertTrue(visit.contains("推动集成电路产业链上下游协同发展"), visit);
        assertEquals(List.of("赵敏", "钱伟"), Duck.query(out,
                "SELECT bylines FROM articles WHERE source = 'canal-evening' ORDER BY article_seq").get(0).get("bylines"));

        assertEquals(List.of(Map.of("line", 3L, "reason", "malformed_json"), Map.of("line", 5L, "reason", "missing_text")),
                Duck.query(out, "SELECT line, reason FROM rejects ORDER BY line"));
        assertEquals(List.of("no_date", "page_furniture_dropped"),
                Duck.query(out, "SELECT reason FROM warnings ORDER BY reason").stream().map(r -> r.get("reason")).toList());
        assertEquals("DATE", Duck.query(out, "SELECT typeof(issue_date) t FROM articles LIMIT 1").get(0).get("t"));
    }

    @Test
    void rerunIntoTheSameOutputReplacesIt(@TempDir Path out) throws Exception {
        ingest(SharedData.sampleCorpus(), out, 64 << 20);
        List<Map<String, Object>> first = Duck.query(out, "SELECT article_id, text FROM articles ORDER BY article_id");
        ingest(SharedData.sampleCorpus(), out, 64 << 20);
        assertEquals(first, Duck.query(out, "SELECT article_id, text FROM articles ORDER BY article_id"));
    }

    @Test
    void badInputGoesToRejectsWithItsReasonAndTheRunContinues(@TempDir Path in, @TempDir Path out) throws Exception {
        Path paper = Files.createDirectories(in.resolve("good-daily"));
        String issue = "标题一 副标题\n\n本报讯 5月6日,会议召开。(刘洋)\n";
        Files.writeString(paper.resolve("2024-05-07.txt"), issue);
        Files.write(paper.resolve("2024-05-08.txt"), new byte[0]);
        Files.write(paper.resolve("2024-05-09.txt"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x12, 0x7F});
        Files.write(paper.resolve("2024-05-10.txt"), new byte[] {(byte) 0xE4, (byte) 0xB8, (byte) 0xAD, (byte) 0xFF, (byte) 0xFE, (byte) 0x81, (byte) 0x30, (byte) 0xFF});
        Files.writeString(paper.resolve("2024-05-11.txt"), issue.repeat(200));
        Files.writeString(paper.resolve("2024-05-12.txt"), "\n  \n\u3000\n");
        Files.write(paper.resolve("2024-05-13.txt"), issue.replace("会议", "𪚥会议").getBytes(Charset.forName("GB18030")));
        Files.write(paper.resolve("2024-05-14.txt"), utf16le("\uFEFF" + issue));
        Path feeds = Files.createDirectories(in.resolve("feeds"));
        Files.writeString(feeds.resolve("wire-2024-05.jsonl"), String.join("\n",
                "{\"source\":\"wire\",\"date\":\"2024-05-07\",\"title\":\"甲\",\"text\":\"正文一。\"}",
                "{\"source\":\"wire\",\"date\":\"2024-05-07\",\"title\":\"乙\",",
                "[1,2,3]",
                "{\"source\":\"wire\",\"date\":\"not a date\",\"title\":\"丙\",\"text\":\"正文三。\",\"extra\":{\"ignored\":true}}"));
        Files.write(feeds.resolve("wire-2024-06.jsonl.gz"), gzip("{\"source\":\"wire\",\"date\":\"2024-06-01\",\"text\":\"压缩正文。\"}\n"));
        // The same issue under a second path: one copy is kept, the other is a duplicate.
        Files.writeString(Files.createDirectories(in.resolve("mirror/good-daily")).resolve("2024-05-07.txt"), issue);

        RunSummary s = ingest(in, out, 4096);
        List<Map<String, Object>> rejects = Duck.query(out, "SELECT regexp_extract(input_path, '[^/]+$') f, line, reason FROM rejects ORDER BY f, line");
        assertEquals(List.of(
                Map.of("f", "2024-05-07.txt", "reason", "duplicate_article"),
                Map.of("f", "2024-05-08.txt", "reason", "empty"),
                Map.of("f", "2024-05-09.txt", "reason", "undecodable"),
                Map.of("f", "2024-05-10.txt", "reason", "undecodable"),
                Map.of("f", "2024-05-11.txt", "reason", "too_large"),
                Map.of("f", "2024-05-12.txt", "reason", "empty"),
                Map.of("f", "wire-2024-05.jsonl", "line", 2L, "reason", "malformed_json"),
                Map.of("f", "wire-2024-05.jsonl", "line", 3L, "reason", "malformed_json")),
                rejects.stream().map(r -> r.get("line") == null ? Map.of("f", r.get("f"), "reason", r.get("reason"))
                        : Map.of("f", r.get("f"), "line", r.get("line"), "reason", r.get("reason"))).toList());
        assertTrue(Duck.query(out, "SELECT detail FROM rejects WHERE reason = 'duplicate_article'").get(0).get("detail").toString()
                .contains("good-daily/2024-05-07.txt"));
        assertEquals(List.of("GB18030|1", "UTF-16LE|1", "UTF-8|4"),
                Duck.query(out, "SELECT encoding || '|' || count(*) e FROM articles GROUP BY encoding ORDER BY 1").stream().map(r -> r.get("e")).toList());
        assertEquals(1, Duck.count(out, "SELECT count(*) FROM warnings WHERE reason = 'bad_date' AND line = 4"));
        assertEquals(11, s.count("files_listed"));
        assertEquals(6, s.count("articles"));
        // Every file is accounted for: with articles, rejected whole, or every record rejected.
        assertEquals(s.count("files_listed"), s.count("files_with_articles") + s.count("files_rejected")
                + s.count("files_with_only_rejected_records"));
        assertEquals(5, s.count("files_rejected"));
        // Records of the two JSON Lines files: 5 lines read = 3 loaded + 2 rejected.
        assertEquals(5, s.count("records_read"));
        assertEquals(3, s.count("records_loaded"));
        assertEquals(Boolean.TRUE, ((Map<?, ?>) s.toMap().get("reconciliation")).get("records_ok"));
    }

    @Test
    void peoplesDailyCorpusGivesAllIssuesAndArticles(@TempDir Path in, @TempDir Path out) throws Exception {
        Path utf8 = SharedData.require("corpora/people-daily-1998-01.utf8.txt");
        Files.createSymbolicLink(in.resolve("people-daily-1998-01.utf8.txt"), utf8);
        RunSummary s = ingest(in, out, 64 << 20);
        assertEquals(31, s.count("issues"));
        assertEquals(3148, s.count("articles"));
        assertEquals(0, s.count("rejects"));
        assertEquals(31, Duck.count(out, "SELECT count(DISTINCT issue_date) FROM articles WHERE source = 'people-daily'"));
    }

    private static byte[] utf16le(String s) {
        return s.getBytes(StandardCharsets.UTF_16LE);
    }

    private static byte[] gzip(String s) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** Duplicates dropped by broadcasting their keys (few) or by grouping articles by id (many): the same rows. */
    @Test
    void duplicateArticlesGiveTheSameRowsWhicheverWayTheyAreDropped(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String copy : List.of("a", "b", "c")) {
            Path paper = Files.createDirectories(in.resolve(copy + "/east-daily"));
            for (int day = 1; day <= 4; day++) {
                Files.writeString(paper.resolve("2024-03-0" + day + ".txt"), "要闻" + day + "\n\n本报讯 3月" + day
                        + "日,全市召开项目推进会。(周敏)\n\n第二篇" + day + "\n\n本报讯 会议部署下一阶段工作。(吴昊)\n");
            }
        }
        Map<String, List<String>> byWay = new TreeMap<>();
        for (long threshold : new long[] {IngestStage.MAX_BROADCAST_DUPLICATES, 0}) {
            IngestStage.Output o = new IngestStage(spark, 1L << 20, threshold).run(in.toString());
            try {
                List<String> rows = new java.util.ArrayList<>();
                o.articles().select("article_id", "input_path", "text").orderBy("article_id").collectAsList()
                        .forEach(r -> rows.add(r.toString()));
                o.rejects().select("input_path", "reason", "detail").orderBy("input_path", "detail").collectAsList()
                        .forEach(r -> rows.add(r.toString()));
                byWay.put(threshold == 0 ? "grouped" : "broadcast", rows);
            } finally {
                o.release();
            }
        }
        List<String> rows = byWay.get("broadcast");
        assertEquals(8 + 16, rows.size(), rows.toString()); // 8 articles kept (from a/), 16 copies rejected (b/, c/)
        assertTrue(rows.subList(0, 8).stream().allMatch(r -> r.contains("/a/east-daily/")), rows.toString());
        assertTrue(rows.subList(8, 24).stream().allMatch(r -> r.contains("duplicate_article") && r.contains("is already read from")
                && r.contains("/a/east-daily/")), rows.toString());
        assertEquals(rows, byWay.get("grouped"));
    }
}
