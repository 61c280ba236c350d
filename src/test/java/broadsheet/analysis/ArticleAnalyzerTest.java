package broadsheet.analysis;

import broadsheet.entities.EntityExtractor;
import broadsheet.entities.EntityMention;
import broadsheet.investments.ArticleInvestments;
import broadsheet.investments.InvestmentRow;
import broadsheet.nlp.NlpConfig;
import broadsheet.nlp.Segmenters;
import broadsheet.nlp.SentenceSplitter;
import broadsheet.nlp.Token;
import broadsheet.terms.ArticleTermCounter;
import broadsheet.topics.TopicMatcher;
import broadsheet.topics.TopicTaxonomy;
import com.hankcs.hanlp.seg.Segment;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one pass over an article, in plain Java with real HanLP: each part equal to running it alone. */
class ArticleAnalyzerTest {
    private static final Segment HANLP = Segmenters.get(NlpConfig.defaults());
    private static final TopicMatcher TOPICS = new TopicMatcher(TopicTaxonomy.loadDefault());

    static final Article ARTICLE = new Article("a1", "lakeside-daily", LocalDate.of(2024, 5, 6), "新能源项目集中签约",
            List.of("(周明远)"),
            "5月5日,市委书记陈立群出席湖滨新能源产业园项目签约仪式。\n"
                    + "本次签约的12个项目总投资约86亿元,其中光伏组件项目总投资约30亿元。\n"
                    + "陈立群指出,要加快推进项目建设,湖滨区要做好服务保障。",
            "lakeside-daily/2024-05-06.txt");

    /** A segmenter that counts the sentences it is given. */
    private static Function<String, List<Token>> counting(AtomicInteger calls) {
        return s -> {
            calls.incrementAndGet();
            return Segmenters.tokens(HANLP, s);
        };
    }

    @Test
    void everyPartEqualsThatPartRunAloneAndEachSentenceIsSegmentedOnce() {
        AtomicInteger calls = new AtomicInteger();
        ArticleAnalyzer all = new ArticleAnalyzer(counting(calls), NlpConfig.defaults().termFilter(), EntityExtractor.defaults(),
                new ArticleInvestments(TOPICS), 0);
        ArticleAnalysis r = all.analyze(ARTICLE);
        List<String> sentences = SentenceSplitter.sentences(ARTICLE.text());
        assertEquals(sentences.size(), calls.get(), "one segmentation per sentence, shared by terms and entities");

        List<List<Token>> tokens = new ArrayList<>();
        for (String s : sentences) {
            tokens.add(Segmenters.tokens(HANLP, s));
        }
        assertEquals(new ArticleTermCounter(NlpConfig.defaults().termFilter()).count(tokens), r.terms());
        List<EntityMention> mentions = EntityExtractor.defaults().extract(ARTICLE.headline(), sentences, tokens, ARTICLE.bylines());
        assertEquals(mentions, r.mentions());
        assertTrue(r.mentions().stream().anyMatch(m -> m.surface().equals("陈立群")), r.mentions().toString());
        List<InvestmentRow> alone = new ArticleInvestments(TOPICS).extract(ARTICLE.id(), ARTICLE.source(), ARTICLE.issueDate(),
                ARTICLE.headline(), ARTICLE.text());
        assertEquals(alone.size(), r.investments().size());
        for (int i = 0; i < alone.size(); i++) {
            assertEquals(alone.get(i).getAmount(), r.investments().get(i).getAmount());
            assertEquals(alone.get(i).isCounted(), r.investments().get(i).isCounted());
            assertEquals(alone.get(i).getTopic(), r.investments().get(i).getTopic());
        }
        assertEquals(2, r.investments().size(), r.investments().toString());
        for (int i = 0; i < sentences.size(); i++) {
            assertEquals(sentences.get(i), ARTICLE.text().substring(r.sentenceStarts()[i], r.sentenceStarts()[i] + sentences.get(i).length()));
        }
        assertEquals(ARTICLE.text().replace("\n", "").length(), r.segmentedChars());
        assertFalse(r.cutShort());
    }

    @Test
    void partsSwitchedOffGiveNothingAndInvestmentsAloneNeverSegment() {
        AtomicInteger calls = new AtomicInteger();
        ArticleAnalysis r = new ArticleAnalyzer(counting(calls), null, null, new ArticleInvestments(TOPICS), 0).analyze(ARTICLE);
        assertEquals(0, calls.get());
        assertTrue(r.terms().isEmpty());
        assertTrue(r.mentions().isEmpty());
        assertEquals(2, r.investments().size());

        ArticleAnalysis termsOnly = new ArticleAnalyzer(counting(calls), NlpConfig.defaults().termFilter(), null, null, 0).analyze(ARTICLE);
        assertFalse(termsOnly.terms().isEmpty());
        assertTrue(termsOnly.mentions().isEmpty());
        assertTrue(termsOnly.investments().isEmpty());
    }

    @Test
    void anArticlePastItsTimeBudgetIsCutShortAndSaysHowFarItGot() {
        // A clock that advances one second per reading: the budget of 1.5 s lets two sentences through.
        AtomicLong now = new AtomicLong();
        AtomicInteger calls = new AtomicInteger();
        ArticleAnalyzer analyzer = new ArticleAnalyzer(counting(calls), NlpConfig.defaults().termFilter(), EntityExtractor.defaults(),
                null, 1500, () -> now.getAndAdd(1_000_000_000L));
        ArticleAnalysis r = analyzer.analyze(ARTICLE);
        assertTrue(r.cutShort());
        List<String> sentences = SentenceSplitter.sentences(ARTICLE.text());
        assertEquals(1, calls.get(), "t0 = 0; the first check reads 1 s (within 1.5 s), the second 2 s (past it)");
        assertEquals(sentences.get(0).length(), r.segmentedChars());
        assertTrue(r.mentions().stream().allMatch(m -> m.sentenceIdx() <= 0 || m.role().equals(EntityMention.ROLE_REPORTER)), r.mentions().toString());
    }
}
