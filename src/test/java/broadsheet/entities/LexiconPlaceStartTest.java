package broadsheet.entities;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The two-character pre-test of place lookups: exact, and it rules out most words before a set lookup. */
class LexiconPlaceStartTest {
    @Test
    void everyPlaceOfTwoOrMoreCharactersPassesThePreTest() {
        Lexicon lx = Lexicon.get();
        int checked = 0;
        for (String p : lx.places()) {
            if (p.length() >= 2) {
                assertTrue(lx.mayStartPlace(p.charAt(0), p.charAt(1)), p);
                assertTrue(lx.isPlace(p), p);
                checked++;
            }
        }
        assertTrue(checked > 1000, "places checked: " + checked);
    }

    @Test
    void mostOtherWordsAreRuledOutWithoutALookup() {
        Lexicon lx = Lexicon.get();
        String[] words = {"发展", "我们", "经济", "项目", "推进", "会议", "同志", "指出", "工作", "建设", "的是", "今年"};
        int ruledOut = 0;
        for (String w : words) {
            assertFalse(lx.isPlace(w), w);
            String start = w.substring(0, 2);
            boolean real = lx.places().stream().anyMatch(p -> p.startsWith(start));
            assertEquals(real, lx.mayStartPlace(w.charAt(0), w.charAt(1)), w + ": the pre-test is exact");
            if (!real) {
                ruledOut++;
            }
        }
        assertTrue(ruledOut >= words.length * 3 / 4, ruledOut + " of " + words.length + " ruled out by the pre-test");
    }
}
