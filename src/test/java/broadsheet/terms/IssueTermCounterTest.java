package broadsheet.terms;

import broadsheet.nlp.NlpConfig;
import broadsheet.nlp.Token;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IssueTermCounterTest {
    private static List<Token> sentence(String... wordSlashTag) {
        List<Token> out = new java.util.ArrayList<>();
        int offset = 0;
        for (String wt : wordSlashTag) {
            String[] p = wt.split("/");
            out.add(new Token(p[0], p[1], offset));
            offset += p[0].length();
        }
        return out;
    }

    @Test
    void addsArticlesUpPerTermWithDocumentFrequencyAndMostFrequentTag() {
        IssueTermCounter c = new IssueTermCounter(NlpConfig.defaults().termFilter());
        c.addArticle(List.of(sentence("发展/vn", "产业/n", "，/w"), sentence("发展/v", "发展/v", "产业/n")));
        c.addArticle(List.of(sentence("产业/n", "集群/n", "。/w")));
        List<IssueTermCounter.IssueTerm> terms = c.drain();
        assertEquals(List.of("产业", "发展", "集群"), terms.stream().map(IssueTermCounter.IssueTerm::term).toList());
        IssueTermCounter.IssueTerm fazhan = terms.get(1);
        assertEquals(3, fazhan.tf());
        assertEquals(1, fazhan.df());
        assertEquals("v", fazhan.pos());
        assertEquals(List.of(new IssueTermCounter.PosCount("v", 2), new IssueTermCounter.PosCount("vn", 1)), fazhan.byPos());
        assertEquals(3, terms.get(0).tf());
        assertEquals(2, terms.get(0).df());
        assertTrue(c.isEmpty(), "drain starts the next issue afresh");
        assertEquals(List.of(), c.drain());
    }

    @Test
    void aTieBetweenTagsGoesToTheGreaterTagAsSparkMaxStructDoes() {
        IssueTermCounter c = new IssueTermCounter(NlpConfig.defaults().termFilter());
        c.addArticle(List.of(sentence("建设/vn", "建设/v")));
        assertEquals("vn", c.drain().get(0).pos());
    }
}
