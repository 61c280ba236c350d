package broadsheet.topics;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One topic of a {@link TopicTaxonomy}.
 *
 * @param name     {@code sector} or {@code sector/sub-topic}
 * @param kind     sector (战略性新兴产业) or general
 * @param keywords keywords as written in the file (trimmed), in file order
 * @param line     1-based line of the topic file that declared it
 */
public record Topic(String name, TopicKind kind, List<String> keywords, int line) implements Serializable {

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        keywords = List.copyOf(keywords);
    }

    /** The top-level part of the name: {@code 新一代信息技术/集成电路 -> 新一代信息技术}. */
    public String sector() {
        return TopicTaxonomy.sectorOf(name);
    }

    /** The sub-topic part of the name, if this is a sub-topic. */
    public Optional<String> subTopic() {
        int slash = name.indexOf('/');
        return slash < 0 ? Optional.empty() : Optional.of(name.substring(slash + 1));
    }

    public boolean isSubTopic() {
        return name.indexOf('/') >= 0;
    }
}
