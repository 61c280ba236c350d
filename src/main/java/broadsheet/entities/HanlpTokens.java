package broadsheet.entities;

import broadsheet.nlp.NlpConfig;
import broadsheet.nlp.Segmenters;
import broadsheet.nlp.Token;

import java.util.List;

/**
 * The pipeline's own segmentation of one sentence (the per-JVM segmenter of {@link Segmenters} with default
 * settings), for the headline, the NER trainer and the evaluation: they must see exactly the tokens the
 * Spark stages see.
 */
public final class HanlpTokens {
    private static final NlpConfig DEFAULTS = NlpConfig.defaults();

    private HanlpTokens() {
    }

    public static List<Token> tokens(String sentence) {
        return Segmenters.tokens(Segmenters.get(DEFAULTS), sentence);
    }
}
