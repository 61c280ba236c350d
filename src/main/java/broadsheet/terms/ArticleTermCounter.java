package broadsheet.terms;

import broadsheet.nlp.TermFilter;
import broadsheet.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts the terms of one article from its tokens: occurrences per (term, part of speech). Plain Java,
 * shared by the Spark stage and by the test that checks the stage against a plain HanLP loop.
 */
public final class ArticleTermCounter {
    private final TermFilter filter;

    public ArticleTermCounter(TermFilter filter) {
        this.filter = filter;
    }

    /** One (term, pos) of an article; {@code firstPos} marks one row per term, so articles are counted once. */
    public record Count(String term, String pos, int n, boolean firstPos) {
    }

    public List<Count> count(List<List<Token>> sentences) {
        Map<String, TreeMap<String, Integer>> byTerm = new TreeMap<>();
        for (List<Token> sentence : sentences) {
            for (Token t : sentence) {
                if (filter.counts(t)) {
                    byTerm.computeIfAbsent(t.word(), k -> new TreeMap<>()).merge(t.pos(), 1, Integer::sum);
                }
            }
        }
        List<Count> out = new ArrayList<>();
        byTerm.forEach((term, byPos) -> {
            boolean first = true;
            for (Map.Entry<String, Integer> e : byPos.entrySet()) {
                out.add(new Count(term, e.getKey(), e.getValue(), first));
                first = false;
            }
        });
        return out;
    }
}
