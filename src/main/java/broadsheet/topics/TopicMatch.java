package broadsheet.topics;

import java.io.Serializable;
import java.util.List;

/**
 * A topic found in a text by {@link TopicMatcher}.
 *
 * @param topic      {@code sector} or {@code sector/sub-topic}
 * @param kind       kind of the topic
 * @param hits       number of keyword occurrences of this topic (non-overlapping, longest match); in article
 *                   matching headline occurrences count {@link TopicMatcher#HEADLINE_WEIGHT} times
 * @param sectorHits sum of {@code hits} over all matched topics that share this topic's sector
 *                   (the sector itself and its sub-topics); the primary ordering key
 * @param keywords   distinct keywords that were hit, as spelled in the topic file, in order of first occurrence
 */
public record TopicMatch(String topic, TopicKind kind, int hits, int sectorHits, List<String> keywords)
        implements Serializable {

    public TopicMatch {
        keywords = List.copyOf(keywords);
    }

    /** {@code 新一代信息技术/集成电路 -> 新一代信息技术}; a top-level topic is its own sector. */
    public String sector() {
        return TopicTaxonomy.sectorOf(topic);
    }

    public boolean isSubTopic() {
        return topic.indexOf('/') >= 0;
    }
}
