package broadsheet.terms;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeriodTermSummarizerTest {
    private static List<IssueTermCounter.PosCount> tags(Object... posAndTf) {
        List<IssueTermCounter.PosCount> out = new java.util.ArrayList<>();
        for (int i = 0; i < posAndTf.length; i += 2) {
            out.add(new IssueTermCounter.PosCount((String) posAndTf[i], ((Number) posAndTf[i + 1]).longValue()));
        }
        return out;
    }

    @Test
    void addsIssuesUpAndRanksByTfAndByTfIdf() {
        PeriodTermSummarizer s = new PeriodTermSummarizer(100);
        s.add("发展", tags("v", 3, "vn", 2), 2, 90);   // common everywhere: low idf
        s.add("发展", tags("vn", 2), 1, 90);
        s.add("集成电路", tags("n", 4), 2, 3);          // rare in the corpus: high idf
        s.add("产业", tags("n", 4), 3, 50);
        List<PeriodTermSummarizer.Summary> rows = s.drain();
        assertEquals(List.of("发展", "产业", "集成电路"), rows.stream().map(PeriodTermSummarizer.Summary::term).toList());
        PeriodTermSummarizer.Summary fazhan = rows.get(0);
        assertEquals(7, fazhan.tf());
        assertEquals(3, fazhan.df());
        assertEquals(2, fazhan.issues());
        assertEquals("vn", fazhan.pos(), "vn 4 over v 3 across the period");
        assertEquals(7 * (Math.log(101.0 / 91.0) + 1.0), fazhan.tfIdf(), 1e-12);
        assertEquals(List.of(1, 2, 3), rows.stream().map(PeriodTermSummarizer.Summary::rank).toList());
        // tf-idf: 集成电路 4 * (ln(101/4)+1) = 16.9 > 发展 7 * 1.10 = 7.7 > 产业 4 * 1.68 = 6.7
        assertEquals(List.of(2, 3, 1), rows.stream().map(PeriodTermSummarizer.Summary::tfidfRank).toList());
        assertTrue(s.isEmpty());
    }

    @Test
    void tiesRankByTermInUtf8ByteOrder() {
        PeriodTermSummarizer s = new PeriodTermSummarizer(10);
        s.add("\uD840\uDC00", tags("n", 1), 1, 1);  // U+20000, past the BMP
        s.add("\uFF21", tags("n", 1), 1, 1);        // U+FF21: before U+20000 in UTF-8, after it in UTF-16
        s.add("乙", tags("n", 1), 1, 1);
        assertEquals(List.of("乙", "\uFF21", "\uD840\uDC00"), s.drain().stream().map(PeriodTermSummarizer.Summary::term).toList());
    }
}
