package broadsheet.terms;

import broadsheet.io.StringOrder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds up the issue rows of one period and source into {@code term_summary} rows: tf, df and issues summed,
 * the period's most frequent tag, tf-idf against the corpus and both ranks. Plain Java: the Spark stage
 * feeds it one (period, source) group at a time, so the ranks need no window shuffle.
 */
public final class PeriodTermSummarizer {
    private final double corpusArticles;
    private final Map<String, Acc> terms = new HashMap<>();

    /** @param corpusArticles articles in the whole corpus, the N of idf */
    public PeriodTermSummarizer(long corpusArticles) {
        this.corpusArticles = corpusArticles;
    }

    private static final class Acc {
        final TreeMap<String, long[]> byPos = new TreeMap<>();
        long tf;
        long df;
        long issues;
        long corpusDf;
    }

    /** A summary row; {@code rank} by tf, {@code tfidfRank} by tf-idf, ties broken by term, both from 1. */
    public record Summary(String term, String pos, long tf, long df, long issues, double tfIdf, int rank, int tfidfRank) {
    }

    /** One issue's row for a term: its tag counts, df, and the term's document frequency in the corpus. */
    public void add(String term, List<IssueTermCounter.PosCount> byPos, long df, long corpusDf) {
        Acc a = terms.computeIfAbsent(term, k -> new Acc());
        for (IssueTermCounter.PosCount p : byPos) {
            a.byPos.computeIfAbsent(p.pos(), k -> new long[1])[0] += p.tf();
            a.tf += p.tf();
        }
        a.df += df;
        a.issues++;
        a.corpusDf = corpusDf;
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** {@code ln((1 + N) / (corpus_df + 1)) + 1}: smoothed, never zero, as scikit-learn's default. */
    public static double idf(double corpusArticles, long corpusDf) {
        return Math.log((1.0 + corpusArticles) / (corpusDf + 1.0)) + 1.0;
    }

    /** The group's rows, by rank, and a fresh start for the next group. */
    public List<Summary> drain() {
        record Row(String term, Acc acc, String pos, double tfIdf) {
        }
        List<Row> rows = new ArrayList<>(terms.size());
        terms.forEach((term, a) -> {
            String pos = null;
            long best = -1;
            for (Map.Entry<String, long[]> e : a.byPos.entrySet()) {
                if (e.getValue()[0] >= best) { // ascending tags: a tie goes to the greater tag, as in term_frequencies
                    pos = e.getKey();
                    best = e.getValue()[0];
                }
            }
            rows.add(new Row(term, a, pos, a.tf * idf(corpusArticles, a.corpusDf)));
        });
        Comparator<Row> byTerm = (x, y) -> StringOrder.compare(x.term(), y.term());
        rows.sort(Comparator.comparingDouble((Row r) -> -r.tfIdf()).thenComparing(byTerm));
        Map<String, Integer> tfidfRank = new HashMap<>(rows.size() * 2);
        for (int i = 0; i < rows.size(); i++) {
            tfidfRank.put(rows.get(i).term(), i + 1);
        }
        rows.sort(Comparator.comparingLong((Row r) -> -r.acc().tf).thenComparing(byTerm));
        List<Summary> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            out.add(new Summary(r.term(), r.pos(), r.acc().tf, r.acc().df, r.acc().issues, r.tfIdf(), i + 1, tfidfRank.get(r.term())));
        }
        terms.clear();
        return out;
    }
}
