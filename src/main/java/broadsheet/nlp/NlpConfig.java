package broadsheet.nlp;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * Everything that decides how text is segmented and which tokens count as terms. It travels to executors
 * inside the job, so every executor builds the same segmenter without files or global state.
 */
public record NlpConfig(List<UserDictionary.Entry> userWords, Set<String> stopwords, int minTermLength) implements Serializable {
    public static final int DEFAULT_MIN_TERM_LENGTH = 2;

    public NlpConfig {
        userWords = List.copyOf(userWords);
        stopwords = Set.copyOf(stopwords);
    }

    public static NlpConfig defaults() {
        return new NlpConfig(List.of(), Stopwords.defaults(), DEFAULT_MIN_TERM_LENGTH);
    }

    public TermFilter termFilter() {
        return new TermFilter(stopwords, minTermLength);
    }

    /** Identifies the segmenter these settings build: one per distinct dictionary per JVM. */
    String segmenterKey() {
        return userWords.toString();
    }
}
