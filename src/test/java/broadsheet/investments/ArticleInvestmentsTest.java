package broadsheet.investments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.topics.TopicMatcher;
import broadsheet.topics.TopicTaxonomy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rows of one article: topics per mention, ids and parents. Sentences are invented for this test. */
class ArticleInvestmentsTest {

    static ArticleInvestments extractor;

    @BeforeAll
    static void build() {
        extractor = new ArticleInvestments(new TopicMatcher(TopicTaxonomy.loadDefault()));
    }

    private static List<InvestmentRow> rows(String headline, String text) {
        return extractor.extract("a1", "test-daily", LocalDate.of(2024, 4, 1), headline, text);
    }

    @Test
    void firstNamedIndustryOfTheProjectsWins() {
        // 核心零部件 (高端装备制造) qualifies 新能源汽车 here; taxonomy order alone would pick 高端装备制造
        List<InvestmentRow> r = rows("新能源汽车产业链招商会举行",
                "会上，9个新能源汽车及核心零部件项目集中签约，总投资约70亿元。");
        assertEquals(1, r.size());
        assertEquals("新能源汽车", r.get(0).getTopic());
        assertEquals("新能源汽车", r.get(0).getTopicSector());
        assertEquals("sentence", r.get(0).getTopicBasis());
        assertEquals(9, r.get(0).getProjectCount());
    }

    @Test
    void eachAmountTakesItsOwnProjectsTopic() {
        List<InvestmentRow> r = rows(null, "光伏组件项目投资15亿元，生物医药产业园项目投资8亿元，均计划年内开工。");
        assertEquals(List.of("新能源/光伏", "生物/生物医药"), r.stream().map(InvestmentRow::getTopic).toList());
    }

    @Test
    void projectNameBeatsTheInvestorsName() {
        List<InvestmentRow> r = rows(null, "某新能源科技公司计划投资30亿元建设动力电池生产基地。");
        assertEquals("新能源汽车", r.get(0).getTopic());
    }

    @Test
    void sizeClassDoesNotCutTheProjectList() {
        List<InvestmentRow> r = rows(null, "本次签约的储能电站、光伏组件等20个超亿元项目，总投资约90亿元。");
        assertEquals("新能源", r.get(0).getTopicSector());
    }

    @Test
    void sentenceWithoutTopicFallsBackToTheArticle() {
        List<InvestmentRow> r = rows("集成电路产业园开工", "园区共有项目6个，总投资约40亿元。");
        assertEquals("新一代信息技术/集成电路", r.get(0).getTopic());
        assertEquals("article", r.get(0).getTopicBasis());
    }

    @Test
    void headlineRestatementPointsAtTheCountedBodyRow() {
        List<InvestmentRow> r = rows("重点项目集中签约 总投资约180亿元",
                "本次签约的26个超亿元项目，总投资约180亿元；其中超10亿元项目有6个，总投资约95亿元。");
        assertEquals(3, r.size());
        InvestmentRow head = r.get(0);
        InvestmentRow body = r.get(1);
        InvestmentRow part = r.get(2);
        assertEquals(-1, head.getSentenceIdx());
        assertFalse(head.isCounted());
        assertEquals("a1-1", head.getParentId());
        assertEquals("headline restates mention 1", head.getReason());
        assertTrue(body.isCounted());
        assertNull(body.getParentId());
        assertEquals(26, body.getProjectCount());
        assertEquals("subtotal", part.getKind());
        assertEquals("a1-1", part.getParentId());
    }

    @Test
    void partsAfterSemicolonsKeepTheirOwnTopicButAreNotCounted() {
        List<InvestmentRow> r = rows(null, "会上，10个新能源汽车项目集中签约，总投资约80亿元。"
                + "其中，动力电池项目3个，总投资约40亿元；充电桩项目2个，总投资约10亿元。");
        assertEquals(List.of(true, false, false), r.stream().map(InvestmentRow::isCounted).toList());
        assertEquals(List.of("新能源汽车", "新能源汽车", "新能源汽车/充电设施"),
                r.stream().map(InvestmentRow::getTopic).toList());
        assertEquals(List.of("a1-0", "a1-0"), r.subList(1, 3).stream().map(InvestmentRow::getParentId).toList());
    }
}
