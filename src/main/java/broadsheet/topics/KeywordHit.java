package broadsheet.topics;

import java.io.Serializable;

/**
 * One keyword occurrence found by {@link TopicMatcher#find(String)}.
 *
 * @param keyword keyword as spelled in the topic file
 * @param topic   topic owning the keyword
 * @param start   start offset (inclusive) in the searched text, in UTF-16 chars
 * @param end     end offset (exclusive)
 */
public record KeywordHit(String keyword, String topic, int start, int end) implements Serializable {
}
