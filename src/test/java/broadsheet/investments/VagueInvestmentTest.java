package broadsheet.investments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.investments.MoneyAmount.Qualifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Vague amounts (数十亿元) are listed with their bounds but never counted, and take no part in parents or repeats. */
class VagueInvestmentTest {

    @Test
    void aVagueAmountIsListedButNotCounted() {
        List<InvestmentMention> ms = InvestmentExtractor.extract(null, List.of("新区带动社会投资数十亿元。"));
        assertEquals(1, ms.size(), ms::toString);
        InvestmentMention m = ms.get(0);
        assertEquals(Qualifier.VAGUE, m.amount().qualifier());
        assertNull(m.amount().amount());
        assertFalse(m.counted());
        assertEquals("vague amount", m.reason());
        assertNull(m.parentIndex());
    }

    @Test
    void aVagueTotalIsNoParentOfItsParts() {
        List<InvestmentMention> ms = InvestmentExtractor.extract(null,
                List.of("该片区总投资数十亿元，其中一期投资12亿元。"));
        assertEquals(List.of("数十亿元", "12亿元"), ms.stream().map(m -> m.amount().text()).toList());
        assertFalse(ms.get(0).counted());
        assertTrue(ms.get(1).counted(), ms::toString);
        assertEquals(InvestmentMention.Kind.SINGLE, ms.get(1).kind());
    }

    @Test
    void vagueRepeatsAreNotDuplicatesAndAnExactFigureIsNotTheirRepeat() {
        List<InvestmentMention> ms = InvestmentExtractor.extract("园区投资数亿元建设新厂",
                List.of("园区计划投资数亿元建设新厂。", "其中一期投资1亿元。", "二期工程投资1亿元。"));
        List<String> reasons = ms.stream().map(InvestmentMention::reason).toList();
        assertEquals("vague amount", reasons.get(0));
        assertEquals("vague amount", reasons.get(1));
        assertTrue(ms.get(2).counted(), ms::toString);
    }

    @Test
    void rowsCarryBoundsAndNoAmount() {
        ArticleInvestments extractor = new ArticleInvestments(
                new broadsheet.topics.TopicMatcher(broadsheet.topics.TopicTaxonomy.loadDefault()));
        List<InvestmentRow> rows = extractor.extract("a1", "test", null, null, "学校近年来投资数千万元，建成实验大楼。");
        assertEquals(1, rows.size());
        InvestmentRow r = rows.get(0);
        assertEquals("vague", r.getQualifier());
        assertNull(r.getAmount());
        assertEquals(0, r.getAmountLow().compareTo(new java.math.BigDecimal("10000000")));
        assertEquals(0, r.getAmountHigh().compareTo(new java.math.BigDecimal("100000000")));
        assertFalse(r.isCounted());
    }
}
