package broadsheet.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IssueLayoutParserTest {
    private static final LocalDate ISSUE = LocalDate.of(2024, 3, 15);

    private static List<ParsedArticle> parse(String text) {
        return IssueLayoutParser.parse(TextNormalizer.normalize(text), ISSUE).articles();
    }

    @Test
    void splitsArticlesAtLeadsWithHeadlineAboveEachLead() {
        String page = """
                市长调研集成电路产业 加快打造新引擎

                本报讯 3月14日上午,市长周明远在高新区调研。他强调,要坚持创新驱动。(张晓燕)

                市委常委会召开会议 研究部署防汛工作

                本报讯 3月14日,市委常委会召开会议。会议指出,要压实责任。(陈静)
                """;
        List<ParsedArticle> articles = parse(page);
        assertEquals(2, articles.size());
        assertEquals("市长调研集成电路产业 加快打造新引擎", articles.get(0).headline());
        assertEquals("3月14日上午", articles.get(0).dateline());
        assertEquals(LocalDate.of(2024, 3, 14), articles.get(0).datelineDate());
        assertEquals(List.of("张晓燕"), articles.get(0).bylines());
        assertEquals("3月14日上午,市长周明远在高新区调研。他强调,要坚持创新驱动。", articles.get(0).text());
        assertEquals("市委常委会召开会议 研究部署防汛工作", articles.get(1).headline());
        assertEquals(List.of("陈静"), articles.get(1).bylines());
    }

    @Test
    void rejoinsParagraphsAndWordsCutByTheLayout() {
        String page = """
                标题 副标题

                本报讯 3月1日,他来到星辰公司、华芯公司,考

                察生产线运行情况。要推动

                产业链协同发展。

                新段落开始。(刘洋)
                """;
        ParsedArticle a = parse(page).get(0);
        assertEquals(List.of("3月1日,他来到星辰公司、华芯公司,考察生产线运行情况。要推动产业链协同发展。", "新段落开始。"), a.paragraphs());
    }

    @Test
    void commaAtTheEndOfAPieceContinuesTheSentence() {
        String page = "标题\n\n本报讯 3月2日,在华芯公司、星辰公司,\n\n周明远勉励企业攻关。(王磊)\n";
        assertEquals(List.of("3月2日,在华芯公司、星辰公司,周明远勉励企业攻关。"), parse(page).get(0).paragraphs());
    }

    @Test
    void multiReporterBylinesInFullWidthBrackets() {
        ParsedArticle a = parse("标题\n本报讯 3月2日,会议召开。（记者 刘洋 王磊）\n").get(0);
        assertEquals(List.of("刘洋", "王磊"), a.bylines());
        assertEquals("3月2日,会议召开。", a.text());
    }

    @Test
    void leadBylineAfterBenbaoxun() {
        ParsedArticle a = parse("常州项目签约\n本报讯(记者 赵敏 钱伟)4月1日下午,推介会举行。\n").get(0);
        assertEquals(List.of("赵敏", "钱伟"), a.bylines());
        assertEquals("4月1日下午", a.dateline());
        assertEquals("4月1日下午,推介会举行。", a.text());
    }

    @Test
    void pageHeaderBeforeTheFirstHeadlineIsDroppedAndReported() {
        IssueLayoutParser.Result r = IssueLayoutParser.parse("运河晚报 第1版\n\n标题一\n\n本报讯 4月1日,活动举行。(黄丽)\n", ISSUE);
        assertEquals(1, r.articles().size());
        assertEquals(List.of("运河晚报 第1版"), r.dropped());
        assertEquals("标题一", r.articles().get(0).headline());
    }

    @Test
    void bracketThatIsNotABylineStaysInTheText() {
        ParsedArticle a = parse("标题\n本报讯 3月2日,会议在无锡(杭州)举行。签约项目落地(中国)\n").get(0);
        assertTrue(a.bylines().isEmpty());
        assertTrue(a.text().endsWith("签约项目落地(中国)"));
    }

    @Test
    void pageWithoutLeadsFallsBackToHeadlineShape() {
        String page = """
                第一篇标题

                第一段内容写在这里,内容比较长。第二句话。

                第二篇标题

                第二篇正文。(孙婷)
                """;
        List<ParsedArticle> articles = parse(page);
        assertEquals(2, articles.size());
        assertEquals("第一篇标题", articles.get(0).headline());
        assertEquals("第二篇标题", articles.get(1).headline());
        assertEquals(List.of("孙婷"), articles.get(1).bylines());
    }

    @Test
    void aShortCutPieceInsideABodyIsNotTakenForAHeadline() {
        String page = "标题\n\n本报讯 3月2日,市长来到比亚迪基地,了\n\n解情况。(王磊)\n\n下一篇标题\n\n本报讯 3月3日,又一会议。(陈静)\n";
        List<ParsedArticle> articles = parse(page);
        assertEquals(2, articles.size());
        assertEquals("3月2日,市长来到比亚迪基地,了解情况。", articles.get(0).text());
    }

    @Test
    void noArticlesInBlankText() {
        assertTrue(parse("\n\n   \n").isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "11月1日至3日,省长在无锡调研。|11月1日至3日|2024-11-01",
            "11月2日下午,洽谈会举行。|11月2日下午|2024-11-02",
            "2022年11月2日,会议召开。|2022年11月2日|2022-11-02",
            "３月１４日，会议召开。|３月１４日|2024-03-14",
            "12月30日,年终总结会召开。|12月30日|2023-12-30",
            "3月14日晚,活动举行。|3月14日晚|2024-03-14",
            "3月1日—3日,展会举行。|3月1日—3日|2024-03-01",
    })
    void datelines(String lead, String dateline, String resolved) {
        LocalDate issue = resolved.startsWith("2024-11") ? LocalDate.of(2024, 11, 4) : LocalDate.of(2024, 3, 15);
        if (resolved.startsWith("2023-12")) {
            issue = LocalDate.of(2024, 1, 2);
        }
        var d = Datelines.atStart(lead).orElseThrow();
        assertEquals(dateline, d.text());
        assertEquals(LocalDate.parse(resolved), Datelines.resolve(d, issue));
    }

    @Test
    void datelineWithoutIssueDateIsTextOnly() {
        var d = Datelines.atStart("3月14日,会议召开。").orElseThrow();
        assertNull(Datelines.resolve(d, null));
        assertFalse(Datelines.atStart("今年以来,全市经济平稳。").isPresent());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "(王拓)|王拓",
            "（记者 吴鹏 李静睿）|吴鹏,李静睿",
            "(记者 张三 通讯员 李四)|张三,李四",
            "（本报记者 欧阳明月）|欧阳明月",
            "(记者 阿卜杜·热合曼)|阿卜杜·热合曼",
            "(黄丽 许诺)|黄丽,许诺",
            "（记者 孙婷、刘洋）|孙婷,刘洋",
    })
    void bylines(String bracket, String names) {
        var split = Bylines.splitTrailing("正文结束。" + bracket).orElseThrow();
        assertEquals(List.of(names.split(",")), split.names());
        assertEquals("正文结束。", split.rest());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "会议在无锡(杭州)", "附图(附图片1张)", "公司(中国)", "项目(一期)", "数据(2023年)", "单位(万元)", "(新华社记者兰红光摄)",
    })
    void bracketsThatAreNotBylines(String paragraph) {
        assertTrue(Bylines.splitTrailing(paragraph).isEmpty(), paragraph);
    }
}
