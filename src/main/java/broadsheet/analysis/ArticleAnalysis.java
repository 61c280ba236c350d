package broadsheet.analysis;

import broadsheet.entities.EntityMention;
import broadsheet.investments.InvestmentRow;
import broadsheet.terms.ArticleTermCounter;

import java.util.List;

/**
 * Everything the analysis makes of one article in its single pass: term counts, entity mentions (offsets
 * relative to their sentence; {@code sentenceStarts} gives each sentence's offset in the article text) and
 * investment rows. A part that is switched off leaves its list empty.
 *
 * @param segmentedChars characters of the sentences that went through the segmenter
 * @param cutShort       the article's time budget ran out: sentences after {@code segmentedChars} were not segmented
 */
public record ArticleAnalysis(Article article, List<ArticleTermCounter.Count> terms, List<EntityMention> mentions,
                              int[] sentenceStarts, List<InvestmentRow> investments, long segmentedChars,
                              boolean cutShort) {
}
