package broadsheet.topics;

import java.util.Optional;

/** Kind of a taxonomy topic, as written in the second column of a topic file. */
public enum TopicKind {
    /** A strategic emerging industry sector (战略性新兴产业) or one of its sub-topics. */
    SECTOR("sector"),
    /** A general city-news topic (疫情防控, 国防动员, ...) or one of its sub-topics. */
    GENERAL("general");

    private final String token;

    TopicKind(String token) {
        this.token = token;
    }

    /** The spelling used in topic files: {@code sector} or {@code general}. */
    public String token() {
        return token;
    }

    /** Parses a file token (exact, lower case). */
    public static Optional<TopicKind> fromToken(String token) {
        for (TopicKind kind : values()) {
            if (kind.token.equals(token)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
