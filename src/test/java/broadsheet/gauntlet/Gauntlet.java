package broadsheet.gauntlet;

import broadsheet.testing.Duck;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorOutputStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A hostile archive of our own beside a clean issue (jobs/gauntlet): {@code build DIR} writes it, jobs/gauntlet runs
 * {@code broadsheet all} on it (its {@code --output} inside the input), and {@code check DIR} reads the output with
 * DuckDB: every file accounted for with the right reason, every readable variant giving the clean issue's articles,
 * files and records reconciled in {@code _run.json}, and the run's CPU time bounded. Prints "N passed, M failed".
 */
public final class Gauntlet {
    /** Our own issue in the seed's layout: page furniture, headlines, 本报讯 leads, bylines, a paragraph cut by a column. */
    static final String ISSUE = """
            无锡日报
            2022年11月4日 星期五

            锡东新城集中开工三个产业项目 总投资约38亿元

            本报讯(记者 吴鹏)11月3日,锡东新城集中开工三个产业项目,总投资约38亿元,涵盖集成电路、生物医药和智能装备等领域。
            项目全部建成后,预计年产值超过60亿元。区有关负责人表示,将全力做好要素保障,推动项目早开工、早投产、早见效。

            惠山区举办秋季人才招聘会

            本报讯 11月2日,惠山区举办秋季人才招聘会,120家企业提供岗位2000余个,吸引了3000余名求职者到场。现场达成就业意向
            800余人。(王拓)

            太湖新城完成滨水步道改造

            本报讯 近日,太湖新城滨水步道改造工程完工。改造后的步道全长5.2公里,沿线新增休憩点12处、
            健身设施30套,方便市民休闲健身。(陈静)
            """;

    /** Expected outcome of one input file, by its path below the input directory. */
    record Expect(String path, String outcome, List<String> warnings) {
    }

    private Gauntlet() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        switch (args[0]) {
            case "build" -> build(dir);
            case "check" -> System.exit(check(dir, Double.parseDouble(args.length > 2 ? args[2] : "180")) ? 0 : 1);
            default -> throw new IllegalArgumentException("build DIR | check DIR [MAX_TASK_CPU_SECONDS]");
        }
    }

    // ---------------------------------------------------------------- build

    static final List<Expect> EXPECTED = new ArrayList<>();

    private static void expect(String path, String outcome, String... warnings) {
        EXPECTED.add(new Expect(path, outcome, List.of(warnings)));
    }

    static void build(Path dir) throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        byte[] utf8 = ISSUE.getBytes(StandardCharsets.UTF_8);
        EXPECTED.clear();
        // Readable variants: each its own source, so the articles must equal the clean issue's.
        write(in, "clean/2022-11-04.txt", utf8);
        expect("clean/2022-11-04.txt", "articles", "page_furniture_dropped");
        write(in, "v-gbk/2022-11-04.txt", ISSUE.getBytes(Charset.forName("GBK")));
        expect("v-gbk/2022-11-04.txt", "articles", "page_furniture_dropped");
        write(in, "v-gb18030/2022-11-04.txt", ISSUE.getBytes(Charset.forName("GB18030")));
        expect("v-gb18030/2022-11-04.txt", "articles", "page_furniture_dropped");
        write(in, "v-utf16-bom/2022-11-04.txt", ("\uFEFF" + ISSUE).getBytes(StandardCharsets.UTF_16LE));
        expect("v-utf16-bom/2022-11-04.txt", "articles", "page_furniture_dropped");
        write(in, "v-utf16le/2022-11-04.txt", ISSUE.getBytes(StandardCharsets.UTF_16LE));
        expect("v-utf16le/2022-11-04.txt", "articles", "page_furniture_dropped");
        write(in, "v-utf16be/2022-11-04.txt", ISSUE.getBytes(StandardCharsets.UTF_16BE));
        expect("v-utf16be/2022-11-04.txt", "articles", "page_furniture_dropped");
        write(in, "v-crlf/2022-11-04.txt", ISSUE.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        expect("v-crlf/2022-11-04.txt", "articles", "page_furniture_dropped");
        write(in, "v-cr/2022-11-04.txt", ISSUE.replace("\n", "\r").getBytes(StandardCharsets.UTF_8));
        expect("v-cr/2022-11-04.txt", "articles", "page_furniture_dropped");
        write(in, "v-bom-zwsp/2022-11-04.txt", ("\uFEFF" + ISSUE.replace("集中", "集\u200B中")).getBytes(StandardCharsets.UTF_8));
        expect("v-bom-zwsp/2022-11-04.txt", "articles", "page_furniture_dropped");
        write(in, "v-nul/2022-11-04.txt", ISSUE.replace("项目全部", "项目\0\0\0全部").getBytes(StandardCharsets.UTF_8));
        expect("v-nul/2022-11-04.txt", "articles", "control_characters_removed", "page_furniture_dropped");
        write(in, "v-name/2022-11-04 (copy) [1].txt", utf8);
        expect("v-name/2022-11-04 (copy) [1].txt", "articles", "page_furniture_dropped");
        write(in, "v-ymd/2022/11/04.txt", utf8);
        expect("v-ymd/2022/11/04.txt", "articles", "page_furniture_dropped");
        // The page pasted twice (its header once): the second copy's articles are the first's again.
        write(in, "v-twice/2022-11-04.txt", (ISSUE + "\n" + ISSUE.substring(ISSUE.indexOf("锡东新城集中开工三个产业项目 "))).getBytes(StandardCharsets.UTF_8));
        expect("v-twice/2022-11-04.txt", "articles+duplicate_article", "page_furniture_dropped");
        write(in, "v-gzip/2022-11-04.txt.gz", gzip(utf8));
        expect("v-gzip/2022-11-04.txt.gz", "articles", "page_furniture_dropped");
        write(in, "v-bzip2/2022-11-04.txt.bz2", compress(new ByteArrayOutputStream(), "bzip2", utf8));
        expect("v-bzip2/2022-11-04.txt.bz2", "articles", "page_furniture_dropped");
        write(in, "v-xz/2022-11-04.txt.xz", compress(new ByteArrayOutputStream(), "xz", utf8));
        expect("v-xz/2022-11-04.txt.xz", "articles", "page_furniture_dropped");
        write(in, "v-zstd/2022-11-04.txt.zst", compress(new ByteArrayOutputStream(), "zstd", utf8));
        expect("v-zstd/2022-11-04.txt.zst", "articles", "page_furniture_dropped");
        write(in, "v-zip/issues.zip", zip(Map.of("2022-11-04.txt", utf8, "__MACOSX/._2022-11-04.txt", new byte[] {0, 5, 22, 7})));
        expect("v-zip/issues.zip!/2022-11-04.txt", "articles", "page_furniture_dropped");
        write(in, "v-html/2022-11-04.html", html(ISSUE).getBytes(StandardCharsets.UTF_8));
        expect("v-html/2022-11-04.html", "articles", "page_furniture_dropped");
        write(in, "v-xhtml/2022-11-04.xhtml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + html(ISSUE).replace("<!DOCTYPE html>", "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">")
                .replace("<html>", "<html xmlns=\"http://www.w3.org/1999/xhtml\">").replace("<br>", "<br/>")).getBytes(StandardCharsets.UTF_8));
        expect("v-xhtml/2022-11-04.xhtml", "articles", "page_furniture_dropped");
        // Damaged but partly readable.
        StringBuilder longIssue = new StringBuilder(ISSUE);
        for (int i = 0; i < 300; i++) {
            longIssue.append("\n第").append(i).append("条简讯\n\n本报讯 第").append(i).append("条简讯的正文,").append("记者从市有关部门获悉,".repeat(20)).append("工作正在推进。\n");
        }
        byte[] gz = gzip(longIssue.toString().getBytes(StandardCharsets.UTF_8));
        write(in, "v-truncated/2022-11-04.txt.gz", Arrays.copyOf(gz, gz.length * 2 / 3));
        expect("v-truncated/2022-11-04.txt.gz", "articles-prefix", "page_furniture_dropped", "truncated");
        write(in, "v-baddate/2022-02-30.txt", utf8);
        expect("v-baddate/2022-02-30.txt", "articles-undated", "bad_date", "page_furniture_dropped");
        write(in, "v-long/2022-11-05.txt", longUnpunctuated(2_000_000));
        expect("v-long/2022-11-05.txt", "one-article", "sentence_cut");
        // Records: one GBK line in a UTF-8 JSON Lines file, one bad line in a PKU file.
        ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
        for (int i = 1; i <= 13; i++) {
            String line = "{\"source\":\"wire\",\"date\":\"2022-11-04\",\"title\":\"第" + i + "条快讯\",\"text\":\"快讯正文第" + i + "条。\"}\n";
            jsonl.write(line.getBytes(i == 7 ? Charset.forName("GBK") : StandardCharsets.UTF_8));
        }
        write(in, "feeds/wire-2022-11.jsonl", jsonl.toByteArray());
        expect("feeds/wire-2022-11.jsonl", "articles+undecodable_record@7");
        write(in, "corpus/pku-199801.txt", ("19980101-01-001-001/m  迈向/v  新/a  世纪/n  。/w\n"
                + "这一行没有编号\n19980101-01-002-001/m  北京/ns  下雪/v  。/w\n").getBytes(StandardCharsets.UTF_8));
        expect("corpus/pku-199801.txt", "articles+malformed_corpus_line@2");
        // Unreadable: each rejected with its reason.
        write(in, "bad/empty.txt", new byte[0]);
        expect("bad/empty.txt", "reject:empty");
        write(in, "bad/blank.txt", "\n \u3000\n".getBytes(StandardCharsets.UTF_8));
        expect("bad/blank.txt", "reject:empty");
        byte[] noise = new byte[8192];
        new Random(14).nextBytes(noise);
        noise[0] = 0x01;
        write(in, "bad/random.bin", noise);
        expect("bad/random.bin", "reject:binary");
        byte[] garbage = Arrays.copyOf(new byte[] {0x1F, (byte) 0x8B, 8, 0}, 600);
        new Random(15).nextBytes(garbage);
        garbage[0] = 0x1F;
        garbage[1] = (byte) 0x8B;
        garbage[2] = 8;
        garbage[3] = 0;
        write(in, "bad/garbage.gz", garbage);
        expect("bad/garbage.gz", "reject:undecodable");
        write(in, "bad/bomb.txt.gz", gzipZeros(200L << 20));
        expect("bad/bomb.txt.gz", "reject:too_large");
        write(in, "bad/archive.7z", new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C, 0, 4, 1, 2, 3, 4});
        expect("bad/archive.7z", "reject:unsupported_compression");
        write(in, "bad/archive.rar", new byte[] {'R', 'a', 'r', '!', 0x1A, 0x07, 0, 1, 2, 3});
        expect("bad/archive.rar", "reject:unsupported_compression");
        write(in, "bad/parquet-like.parquet", ("PAR1" + "\0\1\2\3\4\5\6\7".repeat(64)).getBytes(StandardCharsets.ISO_8859_1));
        expect("bad/parquet-like.parquet", "reject:binary");
        write(in, "bad/notes.txt", "编辑部备忘\n".getBytes(StandardCharsets.UTF_8));
        expect("bad/notes.txt", "articles-undated", "no_date");
        // Listing: a hidden file, a symlink loop, a second path to a directory, the output inside the input.
        write(in, "clean/.DS_Store", new byte[] {0, 0, 0, 1});
        Files.createSymbolicLink(in.resolve("clean/up"), Path.of(".."));
        Files.createSymbolicLink(in.resolve("clean-again"), Path.of("clean"));
        Path out = in.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("unrelated.txt"), "left alone\n");

        StringBuilder tsv = new StringBuilder();
        for (Expect e : EXPECTED) {
            tsv.append(e.path()).append('\t').append(e.outcome()).append('\t').append(String.join(",", e.warnings())).append('\n');
        }
        Files.writeString(dir.resolve("expected.tsv"), tsv.toString());
        System.out.println("gauntlet: " + EXPECTED.size() + " files under " + in + ", output " + out);
    }

    private static void write(Path in, String rel, byte[] bytes) throws IOException {
        Path p = in.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
    }

    static String html(String issue) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>无锡日报</title>"
                + "<style>p { margin: 0 }</style><script>var lead = '本报讯 不是文章。';</script></head><body>\n<div class=\"page\">\n");
        for (String para : issue.strip().split("\n\n")) {
            html.append("<p>").append(para.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>\n")).append("</p>\n");
        }
        return html.append("</div></body></html>\n").toString();
    }

    /** An OCR dump: the clean issue's characters without a single punctuation mark or line break, to {@code bytes}. */
    private static byte[] longUnpunctuated(int bytes) {
        String bare = ISSUE.replaceAll("[\\s\\p{P}]", "");
        StringBuilder sb = new StringBuilder("表格数据\n\n本报讯 ");
        while (sb.length() * 3 < bytes) {
            sb.append(bare);
        }
        return sb.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(b)) {
            z.write(data);
        }
        return b.toByteArray();
    }

    private static byte[] gzipZeros(long n) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        byte[] zeros = new byte[1 << 20];
        try (GZIPOutputStream z = new GZIPOutputStream(b)) {
            for (long i = 0; i < n; i += zeros.length) {
                z.write(zeros);
            }
        }
        return b.toByteArray();
    }

    private static byte[] compress(ByteArrayOutputStream b, String kind, byte[] data) throws IOException {
        try (OutputStream out = switch (kind) {
            case "bzip2" -> new BZip2CompressorOutputStream(b);
            case "xz" -> new XZCompressorOutputStream(b);
            default -> new ZstdCompressorOutputStream(b);
        }) {
            out.write(data);
        }
        return b.toByteArray();
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            for (Map.Entry<String, byte[]> e : new java.util.TreeMap<>(entries).entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return b.toByteArray();
    }

    // ---------------------------------------------------------------- check

    private static int passed;
    private static int failed;

    private static void ok(boolean condition, String what) {
        if (condition) {
            passed++;
        } else {
            failed++;
            System.out.println("FAIL " + what);
        }
    }

    static boolean check(Path dir, double maxTaskCpuSeconds) throws Exception {
        Path in = dir.resolve("in").toRealPath();
        Path out = in.resolve("out");
        String prefix = "file:" + in + "/";
        List<Expect> expected = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("expected.tsv"))) {
            String[] f = line.split("\t", -1);
            expected.add(new Expect(f[0], f[1], f[2].isEmpty() ? List.of() : List.of(f[2].split(","))));
        }
        String q = "regexp_replace(input_path, '^file:(//)?', 'file:')";
        Map<String, List<String>> clean = articles(out, prefix + "clean/2022-11-04.txt", q);
        ok(clean.size() == 1 && clean.values().iterator().next().size() == 3, "the clean issue gives 3 articles: " + clean);
        List<String> cleanTexts = clean.isEmpty() ? List.of() : clean.values().iterator().next();

        TreeSet<String> seen = new TreeSet<>();
        for (Map<String, Object> r : Duck.query(out, "SELECT DISTINCT " + q + " p FROM articles UNION SELECT DISTINCT " + q + " p FROM rejects")) {
            seen.add(r.get("p").toString());
        }
        for (Expect e : expected) {
            String path = prefix + e.path();
            seen.remove(path);
            List<String> texts = articles(out, path, q).values().stream().flatMap(List::stream).toList();
            List<String> rejects = Duck.query(out, "SELECT reason || coalesce('@' || line, '') r FROM rejects WHERE " + q + " = '"
                    + path.replace("'", "''") + "' ORDER BY line, reason").stream().map(r -> r.get("r").toString()).toList();
            TreeSet<String> warnings = new TreeSet<>();
            Duck.query(out, "SELECT DISTINCT reason FROM warnings WHERE " + q + " = '" + path.replace("'", "''") + "'")
                    .forEach(r -> warnings.add(r.get("reason").toString()));
            String o = e.outcome();
            if (o.startsWith("reject:")) {
                ok(texts.isEmpty() && rejects.equals(List.of(o.substring(7))), e.path() + ": expected " + o + ", got rejects " + rejects + ", " + texts.size() + " articles");
            } else if (o.equals("articles")) {
                ok(texts.equals(cleanTexts) && rejects.isEmpty(), e.path() + ": expected the clean issue's articles, got " + texts + " and rejects " + rejects);
            } else if (o.equals("articles+duplicate_article")) {
                ok(texts.equals(cleanTexts) && rejects.equals(List.of("duplicate_article", "duplicate_article", "duplicate_article")),
                        e.path() + ": expected the clean articles once and 3 duplicate_article rejects, got " + texts.size() + " and " + rejects);
            } else if (o.equals("articles-prefix")) {
                ok(texts.size() > 3 && texts.subList(0, 3).equals(cleanTexts), e.path() + ": expected the clean articles first, got " + texts.size());
            } else if (o.equals("articles-undated")) {
                ok(!texts.isEmpty() && Duck.count(out, "SELECT count(*) FROM articles WHERE issue_date IS NOT NULL AND " + q + " = '" + path + "'") == 0,
                        e.path() + ": expected undated articles, got " + texts.size());
            } else if (o.equals("one-article")) {
                ok(texts.size() == 1 && rejects.isEmpty(), e.path() + ": expected one article, got " + texts.size() + " and " + rejects);
            } else if (o.startsWith("articles+")) {
                ok(texts.size() >= 2 && rejects.equals(List.of(o.substring(9))), e.path() + ": expected articles and " + o.substring(9) + ", got " + rejects);
            }
            ok(warnings.equals(new TreeSet<>(e.warnings())), e.path() + ": expected warnings " + e.warnings() + ", got " + warnings);
        }
        ok(seen.isEmpty(), "no file read that the gauntlet did not write (a loop or the output read as input): " + seen);
        TreeSet<String> listing = new TreeSet<>();
        Duck.query(out, "SELECT reason || ' ' || regexp_extract(input_path, '[^/]+/?$') w FROM warnings WHERE reason IN ('directory_loop', 'directory_seen_twice', 'output_skipped')")
                .forEach(r -> listing.add(r.get("w").toString()));
        ok(listing.equals(new TreeSet<>(List.of("directory_loop up", "directory_seen_twice clean-again", "output_skipped out"))),
                "listing warnings: the loop, the second path and the output, got " + listing);
        ok(Files.readString(out.resolve("unrelated.txt")).equals("left alone\n"), "an unrelated file in the output folder is left alone");

        JsonNode run = new ObjectMapper().readTree(out.resolve("_run.json").toFile());
        ok(run.path("reconciliation").path("files_ok").asBoolean(), "files reconcile: " + run.path("reconciliation").path("files"));
        ok(run.path("reconciliation").path("records_ok").asBoolean(), "records reconcile: " + run.path("reconciliation").path("records"));
        ok(run.path("counts").path("files_skipped_hidden").asLong() == 1, "the hidden file is skipped and counted");
        double cpu = run.path("spark").path("task_cpu_seconds").asDouble(Double.NaN);
        ok(cpu <= maxTaskCpuSeconds, "the run's task CPU time " + cpu + " s is within " + maxTaskCpuSeconds + " s");
        System.out.println("gauntlet: task CPU " + cpu + " s, stages " + run.path("elapsed_seconds"));
        System.out.println("gauntlet: " + passed + " passed, " + failed + " failed");
        return failed == 0;
    }

    /** headline|text of each article of one file, by issue, in order. */
    private static Map<String, List<String>> articles(Path out, String path, String q) {
        Map<String, List<String>> byIssue = new LinkedHashMap<>();
        for (Map<String, Object> r : Duck.query(out, "SELECT source || ' ' || coalesce(CAST(issue_date AS VARCHAR), '-') k, "
                + "coalesce(headline, '') || '|' || text t FROM articles WHERE " + q + " = '" + path.replace("'", "''") + "' ORDER BY source, issue_date, article_seq")) {
            byIssue.computeIfAbsent(r.get("k").toString(), k -> new ArrayList<>()).add(r.get("t").toString());
        }
        return byIssue;
    }
}
