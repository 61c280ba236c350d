package broadsheet.ingest;

import broadsheet.nlp.SentenceSplitter;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reader on damaged and unusual files: every problem a reject or a warning, never an exception. */
class InputFileReaderTest {
    static final String ISSUE = """
            无锡日报

            锡东新城开工三个产业项目 总投资约38亿元

            本报讯 11月3日,锡东新城集中开工三个产业项目,总投资约38亿元。项目涵盖集成电路、生物医药等领域。(王拓)

            惠山区举办人才招聘会

            本报讯(记者 吴鹏)11月2日,惠山区举办秋季人才招聘会,120家企业提供岗位2000余个。
            """;

    private static final InputFileReader READER = new InputFileReader(64L << 20);

    static List<IngestRecord> read(String relativePath, byte[] bytes) {
        return READER.read("file:/in/" + relativePath, relativePath, bytes);
    }

    static List<IngestRecord> of(List<IngestRecord> records, String kind) {
        return records.stream().filter(r -> kind.equals(r.getKind())).toList();
    }

    @Test
    void anOverlongUnpunctuatedArticleIsKeptWholeWithASentenceCutWarning() {
        String table = "第一列 第二列 第三列 ".repeat(5_000);
        String page = "表格数据\n\n本报讯 " + table + "\n";
        List<IngestRecord> records = read("wuxi/2022-11-04.txt", page.getBytes(StandardCharsets.UTF_8));
        List<IngestRecord> articles = of(records, IngestRecord.ARTICLE);
        assertEquals(1, articles.size());
        assertEquals(table.strip(), articles.get(0).getText());
        assertTrue(articles.get(0).getSentenceCount() > table.length() / SentenceSplitter.MAX_SENTENCE_CHARS);
        List<IngestRecord> warnings = of(records, IngestRecord.WARNING);
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals(WarningReasons.SENTENCE_CUT, warnings.get(0).getReason());
        assertTrue(warnings.get(0).getDetail().contains(articles.get(0).getArticleId()), warnings.get(0).getDetail());
    }

    @Test
    void aNormalIssueHasNoWarningButItsPageHeader() {
        List<IngestRecord> records = read("wuxi/2022-11-04.txt", ISSUE.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, of(records, IngestRecord.ARTICLE).size());
        assertEquals(List.of(WarningReasons.PAGE_FURNITURE_DROPPED), of(records, IngestRecord.WARNING).stream().map(IngestRecord::getReason).toList());
    }

    private static List<String> texts(List<IngestRecord> records) {
        return of(records, IngestRecord.ARTICLE).stream().map(r -> r.getHeadline() + "|" + r.getText()).toList();
    }

    @Test
    void nulBytesInsideAnIssueAreRemovedWithAWarning() {
        byte[] clean = ISSUE.getBytes(StandardCharsets.UTF_8);
        String damaged = ISSUE.replace("锡东新城集中", "锡东新城\0\0集中").replace("人才招聘会\n", "人才招聘会\u0001\n");
        List<IngestRecord> records = read("wuxi/2022-11-04.txt", damaged.getBytes(StandardCharsets.UTF_8));
        assertEquals(texts(read("wuxi/2022-11-04.txt", clean)), texts(records));
        IngestRecord w = of(records, IngestRecord.WARNING).stream()
                .filter(r -> r.getReason().equals(WarningReasons.CONTROL_CHARACTERS_REMOVED)).findFirst().orElseThrow();
        assertEquals("3 control character(s) removed (first U+0000 on line 5)", w.getDetail());
        assertTrue(of(records, IngestRecord.REJECT).isEmpty());
    }

    @Test
    void utf16WithoutByteOrderMarkIsRecognised() {
        List<String> expected = texts(read("wuxi/2022-11-04.txt", ISSUE.getBytes(StandardCharsets.UTF_8)));
        for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            List<IngestRecord> records = read("wuxi/2022-11-04.txt", ISSUE.getBytes(cs));
            assertEquals(expected, texts(records), cs.name());
            assertEquals(cs.name(), of(records, IngestRecord.ARTICLE).get(0).getEncoding());
        }
        // Chinese only, not one ASCII character: no NUL byte tells the encoding, the decoded text does.
        String chinese = "锡东新城开工三个产业项目\u2028本报讯锡东新城集中开工三个产业项目，总投资约三十八亿元。";
        List<IngestRecord> records = read("wuxi/2022-11-04.txt", chinese.getBytes(StandardCharsets.UTF_16LE));
        assertEquals("UTF-16LE", of(records, IngestRecord.ARTICLE).get(0).getEncoding());
    }

    @Test
    void aGbkLineInAUtf8JsonLinesFileIsRejectedAloneWithItsLineNumber() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 1; i <= 13; i++) {
            String line = "{\"source\":\"wire\",\"date\":\"2024-05-07\",\"title\":\"第" + i + "条\",\"text\":\"正文第" + i + "条。\"}\n";
            b.write(line.getBytes(i == 7 ? Charset.forName("GBK") : StandardCharsets.UTF_8));
        }
        List<IngestRecord> records = read("feeds/wire.jsonl", b.toByteArray());
        assertEquals(12, of(records, IngestRecord.ARTICLE).size());
        List<IngestRecord> rejects = of(records, IngestRecord.REJECT);
        assertEquals(1, rejects.size());
        assertEquals(RejectReasons.UNDECODABLE_RECORD, rejects.get(0).getReason());
        assertEquals(7L, rejects.get(0).getLine());
    }

    @Test
    void aGbkLineInAUtf8PkuFileIsRejectedAloneWithItsLineNumber() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write("19980101-01-001-001/m  迈向/v  新/a  世纪/n  。/w\n".getBytes(StandardCharsets.UTF_8));
        b.write("19980101-01-001-002/m  充满/v  希望/n  。/w\n".getBytes(Charset.forName("GBK")));
        b.write("19980101-01-002-001/m  北京/ns  下雪/v  。/w\n".getBytes(StandardCharsets.UTF_8));
        List<IngestRecord> records = read("pku/199801.txt", b.toByteArray());
        assertEquals(List.of("null|迈向新世纪。", "null|北京下雪。"), texts(records));
        assertEquals(List.of(2L), of(records, IngestRecord.REJECT).stream().map(IngestRecord::getLine).toList());
    }

    @Test
    void aWholeGbkFileIsStillGbk() {
        List<IngestRecord> records = read("wuxi/2022-11-04.txt", ISSUE.getBytes(Charset.forName("GBK")));
        assertEquals("GBK", of(records, IngestRecord.ARTICLE).get(0).getEncoding());
        assertEquals(texts(read("wuxi/2022-11-04.txt", ISSUE.getBytes(StandardCharsets.UTF_8))), texts(records));
    }

    @Test
    void randomBytesAreStillBinary() {
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        List<IngestRecord> records = read("wuxi/2022-11-04.txt", noise);
        assertEquals(1, records.size());
        assertEquals(RejectReasons.BINARY, records.get(0).getReason());
    }

    @Test
    void anImpossibleDateInThePathIsABadDateWarningNamingIt() {
        List<IngestRecord> records = read("wuxi/2022-02-30.txt", ISSUE.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, of(records, IngestRecord.ARTICLE).size());
        IngestRecord w = of(records, IngestRecord.WARNING).stream().filter(r -> !r.getReason().equals(WarningReasons.PAGE_FURNITURE_DROPPED))
                .findFirst().orElseThrow();
        assertEquals(WarningReasons.BAD_DATE, w.getReason());
        assertTrue(w.getDetail().contains("'2022-02-30'"), w.getDetail());
    }

    @Test
    void theSamePageTwiceInOneFileIsReadOnceAndTheCopiesRejectedNamingTheKeptArticles() {
        List<IngestRecord> once = read("wuxi/2022-11-04.txt", ISSUE.getBytes(StandardCharsets.UTF_8));
        List<IngestRecord> twice = read("wuxi/2022-11-04.txt", (ISSUE + "\n" + ISSUE.replace("无锡日报\n", "")).getBytes(StandardCharsets.UTF_8));
        assertEquals(of(once, IngestRecord.ARTICLE).stream().map(IngestRecord::getArticleId).toList(),
                of(twice, IngestRecord.ARTICLE).stream().map(IngestRecord::getArticleId).toList());
        assertEquals(texts(once), texts(twice));
        List<IngestRecord> rejects = of(twice, IngestRecord.REJECT);
        assertEquals(2, rejects.size());
        for (int i = 0; i < 2; i++) {
            assertEquals(RejectReasons.DUPLICATE_ARTICLE, rejects.get(i).getReason());
            assertTrue(rejects.get(i).getDetail().contains(of(once, IngestRecord.ARTICLE).get(i).getArticleId()), rejects.get(i).getDetail());
        }
    }

    static byte[] compress(String kind, byte[] data) throws Exception {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        try (java.io.OutputStream out = switch (kind) {
            case "gzip" -> new java.util.zip.GZIPOutputStream(b);
            case "bzip2" -> new org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream(b);
            case "xz" -> new org.apache.commons.compress.compressors.xz.XZCompressorOutputStream(b);
            case "zstd" -> new org.apache.commons.compress.compressors.zstandard.ZstdCompressorOutputStream(b);
            default -> throw new IllegalArgumentException(kind);
        }) {
            out.write(data);
        }
        return b.toByteArray();
    }

    static byte[] zip(java.util.Map<String, byte[]> entries) throws Exception {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(b)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return b.toByteArray();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"gzip", "bzip2", "xz", "zstd"})
    void compressedStreamsGiveTheIssuesArticles(String kind) throws Exception {
        byte[] clean = ISSUE.getBytes(StandardCharsets.UTF_8);
        List<IngestRecord> records = read("wuxi/2022-11-04.txt", compress(kind, clean));
        assertEquals(texts(read("wuxi/2022-11-04.txt", clean)), texts(records));
    }

    @Test
    void aTruncatedGzipKeepsWhatDecodedWithAWarning() throws Exception {
        String big = ISSUE + ("\n\n本报讯 " + "锡东新城集中开工三个产业项目，总投资约三十八亿元。".repeat(50) + "\n").repeat(40);
        byte[] gz = compress("gzip", big.getBytes(StandardCharsets.UTF_8));
        List<IngestRecord> records = read("wuxi/2022-11-04.txt.gz", java.util.Arrays.copyOf(gz, gz.length / 2));
        assertTrue(of(records, IngestRecord.ARTICLE).size() >= 2, records.toString());
        assertEquals(texts(read("wuxi/2022-11-04.txt", ISSUE.getBytes(StandardCharsets.UTF_8))), texts(records).subList(0, 2));
        assertTrue(of(records, IngestRecord.WARNING).stream().anyMatch(r -> r.getReason().equals(WarningReasons.TRUNCATED)), records.toString());
    }

    @Test
    void eachZipEntryIsAnInputOfItsOwn() throws Exception {
        byte[] clean = ISSUE.getBytes(StandardCharsets.UTF_8);
        java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        entries.put("2022-11-04.txt", clean);
        entries.put("2022-11-05.txt.gz", compress("gzip", ISSUE.replace("惠山区", "滨湖区").getBytes(StandardCharsets.UTF_8)));
        entries.put("__MACOSX/._2022-11-04.txt", new byte[] {0, 5, 22, 7});
        List<IngestRecord> records = read("wuxi/issues.zip", zip(entries));
        List<IngestRecord> articles = of(records, IngestRecord.ARTICLE);
        assertEquals(4, articles.size());
        assertEquals("file:/in/wuxi/issues.zip!/2022-11-04.txt", articles.get(0).getInputPath());
        assertEquals("file:/in/wuxi/issues.zip!/2022-11-05.txt.gz", articles.get(3).getInputPath());
        assertEquals("wuxi", articles.get(0).getSource());
        assertEquals("2022-11-05", articles.get(3).getIssueDate().toString());
        assertEquals(texts(read("wuxi/2022-11-04.txt", clean)), texts(records).subList(0, 2));
    }

    @Test
    void otherArchivesAreUnsupportedCompressionAndEmptyZipsEmpty() throws Exception {
        List<IngestRecord> sevenZ = read("wuxi/a.7z", new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C, 0, 4, 1, 2});
        assertEquals(List.of(RejectReasons.UNSUPPORTED_COMPRESSION), sevenZ.stream().map(IngestRecord::getReason).toList());
        List<IngestRecord> emptyZip = read("wuxi/a.zip", zip(java.util.Map.of()));
        assertEquals(List.of(RejectReasons.EMPTY), emptyZip.stream().map(IngestRecord::getReason).toList());
    }

    @Test
    void aSavedWebPageGivesTheIssuesArticlesFromItsText() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>无锡日报</title>"
                + "<style>p { margin: 0 }</style><script>var a = '本报讯 不是文章。';</script></head><body>\n");
        for (String line : ISSUE.split("\n")) {
            if (!line.isBlank()) {
                html.append("<p>").append(line.replace("(", "&#40;")).append("</p>\n");
            }
        }
        html.append("</body></html>\n");
        List<IngestRecord> records = read("wuxi/2022-11-04.html", html.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(texts(read("wuxi/2022-11-04.txt", ISSUE.getBytes(StandardCharsets.UTF_8))), texts(records));
        assertEquals(InputFileReader.FORMAT_HTML, of(records, IngestRecord.ARTICLE).get(0).getFormat());
        assertTrue(of(records, IngestRecord.ARTICLE).stream().noneMatch(r -> r.getText().contains("<")));
    }
}
