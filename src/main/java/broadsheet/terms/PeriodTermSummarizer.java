package broadsheet.terms;

import broadsheet.io.StringOrder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds up issue rows into {@code term_summary} rows: tf, df and issues summed per period, the period's most
 * frequent tag, tf-idf against the corpus and both ranks. Plain Java, in two steps that the Spark stage runs in
 * two places: {@link TermTotals} sums one term's issue rows of a period (the stage feeds it all rows of a term
 * together, so the corpus df is their sum with no join), and {@link #rank} ranks one period and source's terms.
 * {@link #add}/{@link #drain} do both for one period and source.
 */
public final class PeriodTermSummarizer {
    private final double corpusArticles;
    private final Map<String, TermTotals> terms = new LinkedHashMap<>();
    private final Map<String, Long> corpusDf = new HashMap<>();

    /** @param corpusArticles articles in the whole corpus, the N of idf */
    public PeriodTermSummarizer(long corpusArticles) {
        this.corpusArticles = corpusArticles;
    }

    /** One term in one period and source, before ranking. */
    public record PeriodTerm(String term, String pos, long tf, long df, long issues, double tfIdf) {
    }

    /** A summary row; {@code rank} by tf, {@code tfidfRank} by tf-idf, ties broken by term, both from 1. */
    public record Summary(String term, String pos, long tf, long df, long issues, double tfIdf, int rank, int tfidfRank) {
    }

    /** The sums of one term's issue rows in one period and source. */
    public static final class TermTotals {
        private final TreeMap<String, long[]> byPos = new TreeMap<>();
        private long tf;
        private long df;
        private long issues;

        /** One issue's row: its tag counts and the articles of the issue containing the term. */
        public void add(List<IssueTermCounter.PosCount> tags, long issueDf) {
            for (IssueTermCounter.PosCount p : tags) {
                byPos.computeIfAbsent(p.pos(), k -> new long[1])[0] += p.tf();
                tf += p.tf();
            }
            df += issueDf;
            issues++;
        }

        public long df() {
            return df;
        }

        /** The period's row: the most frequent tag (a tie goes to the greater tag, as in term_frequencies) and tf-idf. */
        public PeriodTerm result(String term, double corpusArticles, long termCorpusDf) {
            String pos = null;
            long best = -1;
            for (Map.Entry<String, long[]> e : byPos.entrySet()) {
                if (e.getValue()[0] >= best) { // ascending tags
                    pos = e.getKey();
                    best = e.getValue()[0];
                }
            }
            return new PeriodTerm(term, pos, tf, df, issues, tf * idf(corpusArticles, termCorpusDf));
        }
    }

    /** One issue's row for a term: its tag counts, df, and the term's document frequency in the corpus. */
    public void add(String term, List<IssueTermCounter.PosCount> byPos, long df, long termCorpusDf) {
        terms.computeIfAbsent(term, k -> new TermTotals()).add(byPos, df);
        corpusDf.put(term, termCorpusDf);
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
        List<PeriodTerm> rows = new ArrayList<>(terms.size());
        terms.forEach((term, t) -> rows.add(t.result(term, corpusArticles, corpusDf.get(term))));
        terms.clear();
        corpusDf.clear();
        return rank(rows);
    }

    /** One period and source's terms, ranked by tf and by tf-idf (ties by term in code-point order); in {@code rank} order. */
    public static List<Summary> rank(List<PeriodTerm> terms) {
        List<PeriodTerm> rows = new ArrayList<>(terms);
        Comparator<PeriodTerm> byTerm = (x, y) -> StringOrder.compare(x.term(), y.term());
        rows.sort(Comparator.comparingDouble((PeriodTerm r) -> -r.tfIdf()).thenComparing(byTerm));
        Map<String, Integer> tfidfRank = new HashMap<>(rows.size() * 2);
        for (int i = 0; i < rows.size(); i++) {
            tfidfRank.put(rows.get(i).term(), i + 1);
        }
        rows.sort(Comparator.comparingLong((PeriodTerm r) -> -r.tf()).thenComparing(byTerm));
        List<Summary> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            PeriodTerm r = rows.get(i);
            out.add(new Summary(r.term(), r.pos(), r.tf(), r.df(), r.issues(), r.tfIdf(), i + 1, tfidfRank.get(r.term())));
        }
        return out;
    }
}
