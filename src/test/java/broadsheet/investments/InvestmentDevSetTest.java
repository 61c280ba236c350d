package broadsheet.investments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's acceptance on our own marked sets (src/eval, written for this project): precision and recall of
 * counted amounts at least 0.9 on the development set and on the held-out set written after it.
 */
class InvestmentDevSetTest {

    @Test
    void developmentSetHasThreeHundredMoneyLinesAndScoresAtLeastPointNine() throws Exception {
        List<InvestmentDevSet.Item> items = InvestmentDevSet.read(Path.of("src/eval/investments-dev.txt"));
        InvestmentDevSet.Score s = InvestmentDevSet.score(items, InvestmentExtractor.Rules.ALL);
        assertTrue(s.moneyItems() >= 300, "money lines: " + s.moneyItems());
        assertTrue(s.precision() >= 0.9 && s.recall() >= 0.9, s + "\n" + String.join("\n", s.errors()));
    }

    @Test
    void heldOutSetScoresAtLeastPointNine() throws Exception {
        List<InvestmentDevSet.Item> items = InvestmentDevSet.read(Path.of("src/eval/investments-test.txt"));
        InvestmentDevSet.Score s = InvestmentDevSet.score(items, InvestmentExtractor.Rules.ALL);
        assertTrue(s.precision() >= 0.9 && s.recall() >= 0.9, s + "\n" + String.join("\n", s.errors()));
    }

    @Test
    void theOldRulesCountedMoneyThatIsNotInvestment() throws Exception {
        List<InvestmentDevSet.Item> items = InvestmentDevSet.read(Path.of("src/eval/investments-dev.txt"));
        InvestmentDevSet.Score before = InvestmentDevSet.score(items, InvestmentExtractor.Rules.NONE);
        assertTrue(before.precision() < 0.8, "precision before issue 15: " + before.precision());
    }

    @Test
    void marksAreParsed() {
        InvestmentDevSet.Item i = InvestmentDevSet.parse(1, "总投资[[138亿元|c:signed]]，其中[[88亿元|x:subtotal]]。营收5亿元。");
        assertEquals("总投资138亿元，其中88亿元。营收5亿元。", i.text());
        assertEquals(List.of(new InvestmentDevSet.Mark(3, 8, "138亿元", true, "signed"),
                new InvestmentDevSet.Mark(11, 15, "88亿元", false, "subtotal")), i.marks());
        assertThrows(IllegalArgumentException.class, () -> InvestmentDevSet.parse(2, "投资[[5亿元|y]]"));
        assertThrows(IllegalArgumentException.class, () -> InvestmentDevSet.parse(3, "投资[[5亿元]]"));
    }
}
