package broadsheet.analysis;

import broadsheet.entities.EntityExtractor;
import broadsheet.entities.EntityMention;
import broadsheet.investments.ArticleInvestments;
import broadsheet.investments.InvestmentRow;
import broadsheet.nlp.SentenceSplitter;
import broadsheet.nlp.TermFilter;
import broadsheet.nlp.Token;
import broadsheet.terms.ArticleTermCounter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * One pass over one article, in plain Java: the text is split into sentences once, each sentence segmented
 * once, and from those tokens come the article's term counts and entity mentions; its investment amounts come
 * from the same sentences. Each part can be switched off (a {@code null} part): {@code broadsheet terms} runs
 * the same code with only the term part on, and an article is never segmented when no part needs tokens.
 *
 * <p>The work on one article is bounded: the sentence splitter caps every sentence's length, and the article has
 * a time budget for segmentation; once spent, its remaining sentences are not segmented and the analysis says
 * it was cut short (one odd record must not hold a task for hours).
 */
public final class ArticleAnalyzer {
    private final Function<String, List<Token>> segmenter;
    private final ArticleTermCounter terms;
    private final EntityExtractor entities;
    private final ArticleInvestments investments;
    private final long budgetNanos;
    private final LongSupplier clock;

    /**
     * @param segmenter   sentence to tokens (offsets within the sentence); the per-JVM HanLP segmenter in a job
     * @param termFilter  which tokens count as terms; null to switch term counting off
     * @param entities    entity rules; null to switch entities off
     * @param investments investment amounts with topics; null to switch them off
     * @param budgetMillis time allowed for segmenting one article; {@code <= 0} for no limit
     */
    public ArticleAnalyzer(Function<String, List<Token>> segmenter, TermFilter termFilter, EntityExtractor entities,
                           ArticleInvestments investments, long budgetMillis) {
        this(segmenter, termFilter, entities, investments, budgetMillis, System::nanoTime);
    }

    ArticleAnalyzer(Function<String, List<Token>> segmenter, TermFilter termFilter, EntityExtractor entities,
                    ArticleInvestments investments, long budgetMillis, LongSupplier clock) {
        this.segmenter = segmenter;
        this.terms = termFilter == null ? null : new ArticleTermCounter(termFilter);
        this.entities = entities;
        this.investments = investments;
        this.budgetNanos = budgetMillis <= 0 ? Long.MAX_VALUE : budgetMillis * 1_000_000L;
        this.clock = clock;
    }

    public ArticleAnalysis analyze(Article a) {
        String text = a.text();
        List<SentenceSplitter.Span> spans = SentenceSplitter.split(text);
        List<String> sentences = new ArrayList<>(spans.size());
        int[] starts = new int[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            sentences.add(spans.get(i).of(text));
            starts[i] = spans.get(i).start();
        }
        boolean needTokens = terms != null || entities != null;
        List<List<Token>> tokens = new ArrayList<>(sentences.size());
        long segmented = 0;
        boolean cutShort = false;
        if (needTokens) {
            long t0 = clock.getAsLong();
            for (String s : sentences) {
                if (!cutShort && clock.getAsLong() - t0 > budgetNanos) {
                    cutShort = true;
                }
                if (cutShort) {
                    tokens.add(List.of());
                } else {
                    tokens.add(segmenter.apply(s));
                    segmented += s.length();
                }
            }
        }
        List<ArticleTermCounter.Count> termCounts = terms == null ? List.of() : terms.count(tokens);
        List<EntityMention> mentions = entities == null ? List.of()
                : entities.extract(a.headline(), sentences, tokens, a.bylines());
        List<InvestmentRow> amounts = investments == null ? List.of()
                : investments.extract(a.id(), a.source(), a.issueDate(), a.headline(), text);
        return new ArticleAnalysis(a, termCounts, mentions, starts, amounts, segmented, cutShort);
    }
}
