package broadsheet.terms;

import broadsheet.nlp.TermFilter;
import broadsheet.nlp.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts the terms of one issue, article by article, and hands out the issue's rows when it is complete.
 * Plain Java: the Spark stage feeds it an issue's articles in a row (they share a partition), so per-issue
 * term frequencies need no shuffle.
 */
public final class IssueTermCounter {
    private final ArticleTermCounter articles;
    private final Map<String, Counts> terms = new HashMap<>();

    public IssueTermCounter(TermFilter filter) {
        this.articles = new ArticleTermCounter(filter);
    }

    /** Occurrences of a term under one part-of-speech tag. */
    public record PosCount(String pos, long tf) {
    }

    /**
     * A term of the issue: {@code tf} occurrences, {@code df} articles holding it, {@code pos} its most frequent
     * tag (ties: the greater tag, as Spark's {@code max(struct(tf, pos))} picks), {@code byPos} every tag's count in tag order.
     */
    public record IssueTerm(String term, String pos, long tf, long df, List<PosCount> byPos) {
    }

    private static final class Counts {
        final TreeMap<String, long[]> byPos = new TreeMap<>();
        long df;
    }

    public void addArticle(List<List<Token>> sentences) {
        addCounts(articles.count(sentences));
    }

    /** An article's counts as {@link ArticleTermCounter} made them (the one-pass analysis counts each article once). */
    public void addCounts(List<ArticleTermCounter.Count> articleCounts) {
        for (ArticleTermCounter.Count c : articleCounts) {
            Counts counts = terms.computeIfAbsent(c.term(), k -> new Counts());
            counts.byPos.computeIfAbsent(c.pos(), k -> new long[1])[0] += c.n();
            if (c.firstPos()) {
                counts.df++;
            }
        }
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** The issue's terms, sorted by term, and a fresh start for the next issue. */
    public List<IssueTerm> drain() {
        List<IssueTerm> out = new ArrayList<>(terms.size());
        new TreeMap<>(terms).forEach((term, counts) -> {
            long tf = 0;
            String pos = null;
            long posTf = -1;
            List<PosCount> byPos = new ArrayList<>(counts.byPos.size());
            for (Map.Entry<String, long[]> e : counts.byPos.entrySet()) {
                long n = e.getValue()[0];
                byPos.add(new PosCount(e.getKey(), n));
                tf += n;
                if (n >= posTf) { // tags come in ascending order: on a tie the later (greater) tag wins
                    pos = e.getKey();
                    posTf = n;
                }
            }
            out.add(new IssueTerm(term, pos, tf, counts.df, byPos));
        });
        terms.clear();
        return out;
    }
}
