package broadsheet.ingest;

import broadsheet.nlp.SentenceSplitter;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
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
}
