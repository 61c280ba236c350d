package broadsheet.analysis;

import broadsheet.nlp.NlpConfig;
import broadsheet.nlp.Segmenters;
import broadsheet.nlp.Token;
import broadsheet.terms.IssueTermCounter;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A task's articles, grouped by issue, to articles analysed and issue term rows. */
class IssueAnalysisTest {
    private static final Function<String, List<Token>> HANLP = s -> Segmenters.tokens(Segmenters.get(NlpConfig.defaults()), s);

    private static Article article(String id, String source, LocalDate date, String text) {
        return new Article(id, source, date, null, List.of(), text, source + "/" + date + ".txt");
    }

    private static final LocalDate D1 = LocalDate.of(2024, 3, 11);
    private static final LocalDate D2 = LocalDate.of(2024, 3, 12);

    private static List<IssueAnalysis.Item> run(List<Article> articles, boolean terms) {
        ArticleAnalyzer analyzer = new ArticleAnalyzer(HANLP, terms ? NlpConfig.defaults().termFilter() : null, null, null, 0);
        IssueAnalysis it = new IssueAnalysis(articles.iterator(), analyzer, terms ? new IssueTermCounter(NlpConfig.defaults().termFilter()) : null);
        List<IssueAnalysis.Item> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void eachIssuesTermRowsFollowItsArticlesAndEqualCountingTheIssueAlone() {
        List<Article> articles = List.of(
                article("a1", "lakeside-daily", D1, "湖滨区举行招商推介会。招商项目签约。"),
                article("a2", "lakeside-daily", D1, "推介会上项目签约十二个。"),
                article("b1", "lakeside-daily", D2, "市民公园改造工程完工。"));
        List<IssueAnalysis.Item> items = run(articles, true);
        assertEquals(5, items.size(), items.toString());
        assertInstanceOf(IssueAnalysis.ArticleDone.class, items.get(0));
        assertInstanceOf(IssueAnalysis.ArticleDone.class, items.get(1));
        IssueAnalysis.IssueTerms first = assertInstanceOf(IssueAnalysis.IssueTerms.class, items.get(2));
        assertInstanceOf(IssueAnalysis.ArticleDone.class, items.get(3));
        IssueAnalysis.IssueTerms second = assertInstanceOf(IssueAnalysis.IssueTerms.class, items.get(4));
        assertEquals(D1, first.issueDate());
        assertEquals(D2, second.issueDate());

        IssueTermCounter alone = new IssueTermCounter(NlpConfig.defaults().termFilter());
        for (Article a : articles.subList(0, 2)) {
            List<List<Token>> sentences = new ArrayList<>();
            for (String s : broadsheet.nlp.SentenceSplitter.sentences(a.text())) {
                sentences.add(HANLP.apply(s));
            }
            alone.addArticle(sentences);
        }
        assertEquals(alone.drain(), first.terms());
        IssueTermCounter.IssueTerm signed = first.terms().stream().filter(t -> t.term().equals("签约")).findFirst().orElseThrow();
        assertEquals(2, signed.tf());
        assertEquals(2, signed.df());
    }

    @Test
    void termsOffGivesArticlesOnly() {
        List<IssueAnalysis.Item> items = run(List.of(article("a1", "s", D1, "招商项目签约。"), article("b1", "s", D2, "工程完工。")), false);
        assertEquals(2, items.size());
        assertTrue(items.stream().allMatch(i -> i instanceof IssueAnalysis.ArticleDone));
    }

    @Test
    void anIssueThatComesBackInTheSameTaskIsRefused() {
        List<Article> scattered = List.of(article("a1", "s", D1, "招商项目签约。"), article("b1", "s", D2, "工程完工。"),
                article("a2", "s", D1, "项目开工。"));
        assertThrows(IllegalStateException.class, () -> run(scattered, true));
        // Undated articles are one issue per source and may come back: their rows are merged downstream.
        List<Article> undated = List.of(article("u1", "s", null, "招商项目签约。"), article("b1", "s", D2, "工程完工。"),
                article("u2", "s", null, "项目开工。"));
        assertEquals(6, run(undated, true).size());
    }
}
