package broadsheet.nlp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentenceSplitterTest {
    /** Pieces of {@code text} split with a limit of 10 characters, joined by '|'. */
    private static String cut(String text) {
        SentenceSplitter.Result r = SentenceSplitter.splitReporting(text, 10);
        StringBuilder sb = new StringBuilder();
        for (SentenceSplitter.Span s : r.spans()) {
            sb.append(sb.length() == 0 ? "" : "|").append(s.of(text));
        }
        return sb.toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            // normal sentences are never cut
            "他说：“好。”她笑了。# 他说：“好。”|她笑了。",
            "一二三四五六七八九十# 一二三四五六七八九十",
            // after the last comma-like mark inside the limit
            "一二三四五六，七八九十一二三。# 一二三四五六，|七八九十一二三。",
            "一二三四五、六七八九十一二三# 一二三四五、|六七八九十一二三",
            "ab cd ef,gh ij kl m# ab cd ef,|gh ij kl m",
            // else after the last space in the second half of the window
            "abcdefg hijklmnop# abcdefg|hijklmnop",
            // else hard at the limit
            "一二三四五六七八九十一二三四五六七八九十一二# 一二三四五六七八九十|一二三四五六七八九十|一二",
            // a comma in the first half is too early: hard cut instead
            "一二，三四五六七八九十一二三# 一二，三四五六七八九|十一二三",
    })
    void cutsOverlongSentencesAtPausesThenSpacesThenHard(String text, String expected) {
        assertEquals(expected.strip(), cut(text.strip()));
    }

    @Test
    void neverCutsASurrogatePair() {
        String text = "一二三四五六七八九" + "𠀀" + "一二三";
        assertEquals("一二三四五六七八九|𠀀一二三", cut(text));
    }

    @Test
    void reportsHowManySentencesWereCutAndTheLongest() {
        String text = "短句。" + "长".repeat(25) + "。\n" + "又长".repeat(8) + "\n好。";
        SentenceSplitter.Result r = SentenceSplitter.splitReporting(text, 10);
        assertEquals(2, r.cut());
        assertEquals(26, r.longest());
        for (SentenceSplitter.Span s : r.spans()) {
            assertTrue(s.end() - s.start() <= 10, s.of(text));
        }
    }

    @Test
    void multiMegabyteUnpunctuatedTextIsCutToTheLimitAndLosesNothing() {
        String text = "无标点的表格数据 ".repeat(250_000);
        List<SentenceSplitter.Span> spans = SentenceSplitter.split(text);
        int covered = 0;
        int previousEnd = 0;
        for (SentenceSplitter.Span s : spans) {
            assertTrue(s.end() - s.start() <= SentenceSplitter.MAX_SENTENCE_CHARS);
            assertTrue(text.substring(previousEnd, s.start()).isBlank(), "only spaces between pieces");
            covered += s.end() - s.start();
            previousEnd = s.end();
        }
        assertEquals(text.replace(" ", "").length(), text.substring(0, previousEnd).replace(" ", "").length());
        assertTrue(covered > text.length() * 0.85);
        assertEquals(1, SentenceSplitter.splitReporting(text).cut());
    }
}
