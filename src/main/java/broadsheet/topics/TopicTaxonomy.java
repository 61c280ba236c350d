package broadsheet.topics;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An ordered, validated set of {@link Topic}s loaded from a topic file (see the header of
 * {@value #DEFAULT_RESOURCE} for the format). Loading is plain Java and fast, so a bad file is reported
 * before any Spark work starts.
 *
 * <p>Taxonomy order (the order of the lines in the file) is the deterministic tie-break used by
 * {@link TopicMatcher}. Immutable and thread-safe.
 */
public final class TopicTaxonomy implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Classpath location of the default taxonomy. */
    public static final String DEFAULT_RESOURCE = "/broadsheet/topics/default-topics.tsv";

    /** Separator between the two levels of a topic name. */
    public static final char PATH_SEPARATOR = '/';

    /** Separator between keywords in the third column. */
    public static final char KEYWORD_SEPARATOR = '|';

    /** Characters that look like keyword separators but are not; rejected inside keywords. */
    private static final String SEPARATOR_LOOKALIKES = ",，、;；";

    private final String source;
    private final List<Topic> topics;
    private final Map<String, Topic> byName;

    private TopicTaxonomy(String source, List<Topic> topics) {
        this.source = source;
        this.topics = List.copyOf(topics);
        Map<String, Topic> map = new LinkedHashMap<>();
        for (Topic t : this.topics) {
            map.put(t.name(), t);
        }
        this.byName = Collections.unmodifiableMap(map);
    }

    /** Loads the default taxonomy shipped on the classpath at {@value #DEFAULT_RESOURCE}. */
    public static TopicTaxonomy loadDefault() {
        String source = "classpath:" + DEFAULT_RESOURCE;
        try (InputStream in = TopicTaxonomy.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new TopicFileException(source, 0, "resource not found on the classpath");
            }
            return parse(source, in.readAllBytes());
        } catch (IOException e) {
            throw new TopicFileException(source, 0, "cannot read resource: " + e, e);
        }
    }

    /**
     * Loads a topic file (UTF-8).
     *
     * @throws TopicFileException if the file cannot be read or is malformed
     */
    public static TopicTaxonomy load(Path path) {
        Objects.requireNonNull(path, "path");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new TopicFileException(path.toString(), 0, "cannot read file: " + e, e);
        }
        return parse(path.toString(), bytes);
    }

    /**
     * Parses topic-file content held in memory.
     *
     * @param sourceName name used in error messages
     * @throws TopicFileException if the content is malformed
     */
    public static TopicTaxonomy parse(String sourceName, String content) {
        Objects.requireNonNull(content, "content");
        return parse(sourceName, content.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code 新一代信息技术/集成电路 -> 新一代信息技术}; a name without '/' is returned unchanged. */
    public static String sectorOf(String topic) {
        Objects.requireNonNull(topic, "topic");
        int slash = topic.indexOf(PATH_SEPARATOR);
        return slash < 0 ? topic : topic.substring(0, slash);
    }

    /** Where the taxonomy was loaded from (file path or {@code classpath:...}). */
    public String source() {
        return source;
    }

    /** All topics in taxonomy (file) order; a sub-topic always comes after its sector. */
    public List<Topic> topics() {
        return topics;
    }

    public int size() {
        return topics.size();
    }

    public Optional<Topic> topic(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    public Optional<TopicKind> kindOf(String name) {
        return topic(name).map(Topic::kind);
    }

    /** Names of the top-level topics of kind {@link TopicKind#SECTOR}, in taxonomy order. */
    public List<String> sectors() {
        List<String> out = new ArrayList<>();
        for (Topic t : topics) {
            if (t.kind() == TopicKind.SECTOR && !t.isSubTopic()) {
                out.add(t.name());
            }
        }
        return List.copyOf(out);
    }

    /** Sub-topics declared under {@code sector}, in taxonomy order (empty if none or unknown). */
    public List<Topic> subTopics(String sector) {
        List<Topic> out = new ArrayList<>();
        for (Topic t : topics) {
            if (t.isSubTopic() && t.sector().equals(sector)) {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return "TopicTaxonomy[" + source + ", " + topics.size() + " topics]";
    }

    // ------------------------------------------------------------------------------------------ parsing

    private static TopicTaxonomy parse(String source, byte[] bytes) {
        String src = source == null ? "<unnamed>" : source;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);

        List<Topic> topics = new ArrayList<>();
        Map<String, Topic> byName = new HashMap<>();
        Map<String, Topic> keywordOwner = new HashMap<>(); // normalised keyword -> topic

        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3; // UTF-8 byte order mark
        }
        int lineNo = 0;
        while (start < bytes.length) {
            lineNo++;
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            int next = end + 1;
            if (end > start && bytes[end - 1] == '\r') {
                end--;
            }
            String line;
            try {
                CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(bytes, start, end - start));
                line = chars.toString();
            } catch (CharacterCodingException e) {
                throw new TopicFileException(src, lineNo, "line is not valid UTF-8", e);
            }
            start = next;

            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            Topic topic = parseLine(src, lineNo, line, byName, keywordOwner);
            topics.add(topic);
            byName.put(topic.name(), topic);
        }
        if (topics.isEmpty()) {
            throw new TopicFileException(src, 0, "no topics defined (only blank or comment lines)");
        }
        return new TopicTaxonomy(src, topics);
    }

    private static Topic parseLine(String src, int lineNo, String line, Map<String, Topic> byName,
                                   Map<String, Topic> keywordOwner) {
        String[] cols = line.split("\t", -1);
        if (cols.length != 3) {
            String hint = cols.length == 1 && line.strip().contains(" ")
                    ? " (columns must be separated by TAB characters, not spaces)" : "";
            throw new TopicFileException(src, lineNo, "wrong column count: expected 3 TAB-separated columns "
                    + "(topic, kind, keywords) but found " + cols.length + hint);
        }

        // column 1: topic path
        String path = cols[0].strip();
        if (path.isEmpty()) {
            throw new TopicFileException(src, lineNo, "empty topic name");
        }
        String[] segments = path.split(String.valueOf(PATH_SEPARATOR), -1);
        if (segments.length > 2) {
            throw new TopicFileException(src, lineNo, "topic '" + path
                    + "' has more than two levels (expected 'sector' or 'sector/sub-topic')");
        }
        for (int i = 0; i < segments.length; i++) {
            segments[i] = segments[i].strip();
            if (segments[i].isEmpty()) {
                throw new TopicFileException(src, lineNo, "topic '" + path + "' has an empty path segment");
            }
        }
        String name = String.join(String.valueOf(PATH_SEPARATOR), segments);

        // column 2: kind
        String kindToken = cols[1].strip();
        TopicKind kind = TopicKind.fromToken(kindToken).orElseThrow(() -> new TopicFileException(src, lineNo,
                (kindToken.isEmpty() ? "empty kind" : "unknown kind '" + kindToken + "'")
                        + " for topic '" + name + "' (expected 'sector' or 'general')"));

        Topic previous = byName.get(name);
        if (previous != null) {
            throw new TopicFileException(src, lineNo, "duplicate topic '" + name
                    + "' (first declared on line " + previous.line() + ")");
        }
        if (segments.length == 2) {
            Topic parent = byName.get(segments[0]);
            if (parent == null) {
                throw new TopicFileException(src, lineNo, "sub-topic '" + name + "': its sector '" + segments[0]
                        + "' is not declared on an earlier line");
            }
            if (parent.kind() != kind) {
                throw new TopicFileException(src, lineNo, "sub-topic '" + name + "' has kind '" + kind.token()
                        + "' but its sector '" + parent.name() + "' has kind '" + parent.kind().token() + "'");
            }
        }

        // column 3: keywords
        String rawKeywords = cols[2].strip();
        if (rawKeywords.isEmpty()) {
            throw new TopicFileException(src, lineNo, "empty keyword list for topic '" + name + "'");
        }
        String[] parts = rawKeywords.split("\\" + KEYWORD_SEPARATOR, -1);
        List<String> keywords = new ArrayList<>(parts.length);
        Map<String, String> ownNormalized = new HashMap<>();
        for (int i = 0; i < parts.length; i++) {
            String keyword = parts[i].strip();
            if (keyword.isEmpty()) {
                throw new TopicFileException(src, lineNo, "empty keyword #" + (i + 1) + " for topic '" + name
                        + "' (doubled, leading or trailing '" + KEYWORD_SEPARATOR + "'?)");
            }
            for (int c = 0; c < keyword.length(); c++) {
                if (SEPARATOR_LOOKALIKES.indexOf(keyword.charAt(c)) >= 0) {
                    throw new TopicFileException(src, lineNo, "keyword '" + keyword + "' of topic '" + name
                            + "' contains '" + keyword.charAt(c) + "'; separate keywords with '"
                            + KEYWORD_SEPARATOR + "'");
                }
            }
            String normalized = KeywordNormalizer.normalize(keyword);
            String same = ownNormalized.putIfAbsent(normalized, keyword);
            if (same != null) {
                throw new TopicFileException(src, lineNo, "duplicate keyword '" + keyword + "' in topic '" + name
                        + "'" + (same.equals(keyword) ? "" : " (same as '" + same + "' after normalisation)"));
            }
            Topic owner = keywordOwner.get(normalized);
            if (owner != null) {
                throw new TopicFileException(src, lineNo, "keyword '" + keyword + "' of topic '" + name
                        + "' is already assigned to topic '" + owner.name() + "' (line " + owner.line()
                        + "); a keyword may belong to only one topic");
            }
            keywords.add(keyword);
        }
        Topic topic = new Topic(name, kind, keywords, lineNo);
        for (String keyword : keywords) {
            keywordOwner.put(KeywordNormalizer.normalize(keyword), topic);
        }
        return topic;
    }
}
