package broadsheet.topics;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds taxonomy topics in text. Built once from a {@link TopicTaxonomy}; immutable, thread-safe and
 * {@link Serializable} (plain arrays and strings only), so it can be broadcast to Spark executors.
 *
 * <h2>Matching</h2>
 * All keywords are compiled into one character trie; one pass over the text finds every keyword
 * occurrence. Occurrences are then accepted longest first (equal length: leftmost first), dropping any
 * that overlaps an already accepted one, so every character counts for at most one keyword:
 * {@code 新能源汽车} counts for 新能源汽车 and not also for 新能源, {@code 疫苗接种} for 疫情防控 rather than
 * {@code 疫苗} for 生物医药, {@code 动力电池回收} for 资源循环利用 rather than {@code 动力电池}, and in
 * {@code 整治安全隐患} the keyword {@code 安全隐患} wins over {@code 治安} that straddles the word boundary.
 * Text and keywords are compared after a length-preserving normalisation (full-width ASCII to ASCII, ASCII lower case). A keyword that starts (ends) with an ASCII
 * letter or digit only matches if the preceding (following) character is not one, so {@code AI} does not
 * match inside {@code EMAIL}. Cost is O(text length x trie path actually followed from each position),
 * typically one or two chars per position; allocation only when something is found.
 *
 * <h2>Ordering</h2>
 * {@link #match} returns topics ordered by
 * <ol>
 *   <li>{@code sectorHits} descending: total hits of the topic's sector group (sector + its sub-topics),
 *       so the winning sector is decided by all its keywords together;</li>
 *   <li>taxonomy order of the sector (groups never interleave);</li>
 *   <li>{@code hits} descending within the group;</li>
 *   <li>sub-topic before its own sector on equal hits (more specific wins);</li>
 *   <li>taxonomy (file) order.</li>
 * </ol>
 * {@link #primaryTopic} and {@link #dominantTopic} return the first element of that order.
 */
public final class TopicMatcher implements Serializable {
    private static final long serialVersionUID = 1L;

    /** In {@link #matchArticle}/{@link #dominantTopic}, each headline hit counts this many times. */
    public static final int HEADLINE_WEIGHT = 3;

    // packing of keyword occurrences into longs: 15 bits (max length - length) | 28 bits start | 20 bits keyword
    private static final int MAX_KEYWORD_LENGTH = (1 << 15) - 1;
    private static final int MAX_TEXT_LENGTH = (1 << 28) - 1;
    private static final int MAX_KEYWORDS = 1 << 20;
    private static final long KEYWORD_MASK = (1L << 20) - 1;
    private static final long START_MASK = (1L << 28) - 1;

    private static final Comparator<Candidate> ORDER = Comparator
            .comparingInt((Candidate c) -> -c.sectorHits)
            .thenComparingInt(c -> c.group)
            .thenComparingInt(c -> -c.hits)
            .thenComparingInt(c -> -c.depth)
            .thenComparingInt(c -> c.topic);

    // topics, indexed in taxonomy order
    private final String[] topicNames;
    private final TopicKind[] topicKinds;
    private final int[] topicGroup; // index of the top-level topic of each topic
    private final int[] topicDepth; // 0 = top level, 1 = sub-topic

    // keywords
    private final String[] keywordText; // as spelled in the file
    private final int[] keywordTopic;
    private final int[] keywordLength;
    private final boolean[] keywordAsciiStart;
    private final boolean[] keywordAsciiEnd;

    // trie in flat arrays: the edges of node n are edgeLabel/edgeTarget[edgeStart[n] .. edgeStart[n+1]),
    // sorted by label; nodeKeyword[n] is the keyword ending at n or -1. Node 0 is the root.
    private final int[] edgeStart;
    private final char[] edgeLabel;
    private final int[] edgeTarget;
    private final int[] nodeKeyword;

    public TopicMatcher(TopicTaxonomy taxonomy) {
        Objects.requireNonNull(taxonomy, "taxonomy");
        List<Topic> topics = taxonomy.topics();
        int n = topics.size();
        topicNames = new String[n];
        topicKinds = new TopicKind[n];
        topicGroup = new int[n];
        topicDepth = new int[n];
        List<String> kwText = new ArrayList<>();
        List<Integer> kwTopic = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Topic t = topics.get(i);
            topicNames[i] = t.name();
            topicKinds[i] = t.kind();
            topicDepth[i] = t.isSubTopic() ? 1 : 0;
            topicGroup[i] = i;
            if (t.isSubTopic()) {
                String sector = t.sector();
                for (int j = 0; j < i; j++) {
                    if (topicNames[j].equals(sector)) {
                        topicGroup[i] = j;
                        break;
                    }
                }
            }
            for (String k : t.keywords()) {
                kwText.add(k);
                kwTopic.add(i);
            }
        }
        int kCount = kwText.size();
        keywordText = kwText.toArray(new String[0]);
        if (kCount > MAX_KEYWORDS) {
            throw new IllegalArgumentException("too many keywords: " + kCount);
        }
        keywordTopic = new int[kCount];
        keywordLength = new int[kCount];
        keywordAsciiStart = new boolean[kCount];
        keywordAsciiEnd = new boolean[kCount];

        // build a pointer trie, then flatten it
        List<TreeMap<Character, Integer>> children = new ArrayList<>();
        List<Integer> terminal = new ArrayList<>();
        children.add(new TreeMap<>());
        terminal.add(-1);
        for (int k = 0; k < kCount; k++) {
            keywordTopic[k] = kwTopic.get(k);
            String norm = KeywordNormalizer.normalize(keywordText[k]);
            if (norm.length() > MAX_KEYWORD_LENGTH) {
                throw new IllegalArgumentException("keyword too long: " + keywordText[k]);
            }
            keywordLength[k] = norm.length();
            keywordAsciiStart[k] = KeywordNormalizer.isAsciiAlnum(norm.charAt(0));
            keywordAsciiEnd[k] = KeywordNormalizer.isAsciiAlnum(norm.charAt(norm.length() - 1));
            int node = 0;
            for (int i = 0; i < norm.length(); i++) {
                Integer child = children.get(node).get(norm.charAt(i));
                if (child == null) {
                    child = children.size();
                    children.get(node).put(norm.charAt(i), child);
                    children.add(new TreeMap<>());
                    terminal.add(-1);
                }
                node = child;
            }
            if (terminal.get(node) >= 0) { // TopicTaxonomy rejects duplicates; guard anyway
                throw new IllegalArgumentException("duplicate keyword after normalisation: " + keywordText[k]);
            }
            terminal.set(node, k);
        }
        int nodes = children.size();
        int edges = nodes - 1;
        edgeStart = new int[nodes + 1];
        edgeLabel = new char[edges];
        edgeTarget = new int[edges];
        nodeKeyword = new int[nodes];
        int e = 0;
        for (int node = 0; node < nodes; node++) {
            edgeStart[node] = e;
            nodeKeyword[node] = terminal.get(node);
            for (var entry : children.get(node).entrySet()) {
                edgeLabel[e] = entry.getKey();
                edgeTarget[e] = entry.getValue();
                e++;
            }
        }
        edgeStart[nodes] = e;
    }

    /** {@code 新一代信息技术/集成电路 -> 新一代信息技术}; a top-level topic is its own sector. */
    public static String sectorOf(String topic) {
        return TopicTaxonomy.sectorOf(topic);
    }

    /** Kind of a topic of this matcher's taxonomy. */
    public Optional<TopicKind> kindOf(String topic) {
        for (int i = 0; i < topicNames.length; i++) {
            if (topicNames[i].equals(topic)) {
                return Optional.of(topicKinds[i]);
            }
        }
        return Optional.empty();
    }

    /** All topic names in taxonomy order. */
    public List<String> topicNames() {
        return List.of(topicNames);
    }

    /** Number of distinct keywords compiled into the matcher. */
    public int keywordCount() {
        return keywordText.length;
    }

    /**
     * Every topic with at least one keyword hit in {@code text}, in the order described in the class
     * comment. {@code null} or empty text gives an empty list.
     */
    public List<TopicMatch> match(String text) {
        Accumulator acc = new Accumulator();
        scan(text, 1, acc, null);
        return acc.toMatches(null);
    }

    /** The best topic of one sentence, if any keyword occurs. */
    public Optional<String> primaryTopic(String sentence) {
        return primaryTopic(sentence, null);
    }

    /**
     * The best topic of one sentence among topics of {@code kind} (e.g. {@link TopicKind#SECTOR} to assign
     * an investment amount to a strategic sector even when general topics such as 招商引资 also occur).
     * A {@code null} kind means all topics.
     */
    public Optional<String> primaryTopic(String sentence, TopicKind kind) {
        Accumulator acc = new Accumulator();
        scan(sentence, 1, acc, null);
        return first(acc.toMatches(kind));
    }

    /**
     * Article-level ranking: hits summed over all sentences, headline hits counted
     * {@link #HEADLINE_WEIGHT} times. Same ordering as {@link #match}; keywords are listed headline first.
     * {@code headline} may be null; null sentences are skipped.
     */
    public List<TopicMatch> matchArticle(List<String> sentences, String headline) {
        return matchArticle(sentences, headline, null);
    }

    private List<TopicMatch> matchArticle(List<String> sentences, String headline, TopicKind kind) {
        Accumulator acc = new Accumulator();
        scan(headline, HEADLINE_WEIGHT, acc, null);
        if (sentences != null) {
            for (String s : sentences) {
                scan(s, 1, acc, null);
            }
        }
        return acc.toMatches(kind);
    }

    /** The article's dominant topic (first of {@link #matchArticle}). */
    public Optional<String> dominantTopic(List<String> sentences, String headline) {
        return dominantTopic(sentences, headline, null);
    }

    /** The article's dominant topic among topics of {@code kind} ({@code null} = all). */
    public Optional<String> dominantTopic(List<String> sentences, String headline, TopicKind kind) {
        return first(matchArticle(sentences, headline, kind));
    }

    /**
     * The best topic of a chosen subset of a text's keyword occurrences (from {@link #find}), e.g. the
     * words naming the project an amount pays for. Ranked like {@link #match}, except that a tie between
     * sectors goes to the one whose keyword comes first rather than to taxonomy order: in a phrase such
     * as {@code 光伏组件及配套材料项目} the first-named item is the head, the rest qualify it.
     * A {@code null} kind means all topics; hits of unknown topics are ignored.
     */
    public Optional<String> primaryTopic(List<KeywordHit> hits, TopicKind kind) {
        if (hits == null || hits.isEmpty()) {
            return Optional.empty();
        }
        int n = topicNames.length;
        int[] topicHits = new int[n];
        int[] groupHits = new int[n];
        int[] groupFirst = new int[n];
        Arrays.fill(groupFirst, Integer.MAX_VALUE);
        for (KeywordHit h : hits) {
            int t = topicIndex(h.topic());
            if (t < 0 || kind != null && topicKinds[t] != kind) {
                continue;
            }
            topicHits[t]++;
            groupHits[topicGroup[t]]++;
            groupFirst[topicGroup[t]] = Math.min(groupFirst[topicGroup[t]], h.start());
        }
        int best = -1;
        for (int t = 0; t < n; t++) {
            if (topicHits[t] == 0) {
                continue;
            }
            if (best < 0) {
                best = t;
                continue;
            }
            int g = topicGroup[t];
            int bg = topicGroup[best];
            int cmp = g == bg ? 0 : groupHits[g] != groupHits[bg] ? Integer.compare(groupHits[bg], groupHits[g])
                    : Integer.compare(groupFirst[g], groupFirst[bg]);
            if (cmp == 0) { // same group: as in match(), more hits, then sub-topic, then file order
                cmp = topicHits[t] != topicHits[best] ? Integer.compare(topicHits[best], topicHits[t])
                        : Integer.compare(topicDepth[best], topicDepth[t]);
            }
            if (cmp < 0) {
                best = t;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(topicNames[best]);
    }

    private int topicIndex(String name) {
        for (int i = 0; i < topicNames.length; i++) {
            if (topicNames[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Every keyword occurrence chosen by the longest-match segmentation (non-overlapping), in text order. */
    public List<KeywordHit> find(String text) {
        List<KeywordHit> hits = new ArrayList<>();
        scan(text, 1, null, hits);
        return hits;
    }

    private static Optional<String> first(List<TopicMatch> matches) {
        return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(0).topic());
    }

    // ------------------------------------------------------------------------------------------ scanning

    private int child(int node, char c) {
        int lo = edgeStart[node];
        int hi = edgeStart[node + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char label = edgeLabel[mid];
            if (label < c) {
                lo = mid + 1;
            } else if (label > c) {
                hi = mid - 1;
            } else {
                return edgeTarget[mid];
            }
        }
        return -1;
    }

    /**
     * Longest-match selection: finds every keyword occurrence, then accepts them longest first (equal
     * length: leftmost first), skipping any occurrence that overlaps an accepted one. Accepted occurrences
     * are reported in text order.
     */
    private void scan(String text, int weight, Accumulator acc, List<KeywordHit> out) {
        if (text == null || text.isEmpty()) {
            return;
        }
        int n = text.length();
        if (n > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("text too long for topic matching: " + n + " chars");
        }
        // 1. all occurrences, packed as (MAX_KEYWORD_LENGTH - length) << 48 | start << 20 | keyword,
        //    so that sorting the longs orders them longest first, then leftmost
        long[] found = null;
        int count = 0;
        char previous = 0;
        for (int i = 0; i < n; i++) {
            char c = KeywordNormalizer.normalize(text.charAt(i));
            int node = child(0, c);
            if (node >= 0) {
                boolean leftBoundary = i == 0 || !KeywordNormalizer.isAsciiAlnum(previous);
                int j = i;
                while (true) {
                    int k = nodeKeyword[node];
                    if (k >= 0 && (leftBoundary || !keywordAsciiStart[k]) && (!keywordAsciiEnd[k] || j + 1 >= n
                            || !KeywordNormalizer.isAsciiAlnum(KeywordNormalizer.normalize(text.charAt(j + 1))))) {
                        if (found == null) {
                            found = new long[8];
                        } else if (count == found.length) {
                            found = Arrays.copyOf(found, count * 2);
                        }
                        found[count++] = ((long) (MAX_KEYWORD_LENGTH - (j + 1 - i)) << 48) | ((long) i << 20) | k;
                    }
                    if (++j >= n) {
                        break;
                    }
                    node = child(node, KeywordNormalizer.normalize(text.charAt(j)));
                    if (node < 0) {
                        break;
                    }
                }
            }
            previous = c;
        }
        if (count == 0) {
            return;
        }
        // 2. accept longest first, skipping overlaps
        long[] accepted;
        int acceptedCount;
        if (count == 1) {
            accepted = found;
            acceptedCount = 1;
        } else {
            Arrays.sort(found, 0, count);
            boolean[] covered = new boolean[n];
            accepted = new long[count];
            acceptedCount = 0;
            for (int f = 0; f < count; f++) {
                int start = occurrenceStart(found[f]);
                int end = start + occurrenceLength(found[f]);
                boolean free = true;
                for (int p = start; p < end && free; p++) {
                    free = !covered[p];
                }
                if (free) {
                    Arrays.fill(covered, start, end, true);
                    // re-key by start so that a final sort gives text order
                    accepted[acceptedCount++] = ((long) start << 20) | (found[f] & KEYWORD_MASK);
                }
            }
            Arrays.sort(accepted, 0, acceptedCount);
        }
        // 3. report in text order
        for (int a = 0; a < acceptedCount; a++) {
            long o = accepted[a];
            int k = (int) (o & KEYWORD_MASK);
            int start = (int) ((o >>> 20) & START_MASK);
            if (acc != null) {
                acc.add(k, weight);
            }
            if (out != null) {
                out.add(new KeywordHit(keywordText[k], topicNames[keywordTopic[k]], start,
                        start + keywordLength[k]));
            }
        }
    }

    private int occurrenceStart(long packed) {
        return (int) ((packed >>> 20) & START_MASK);
    }

    private int occurrenceLength(long packed) {
        return keywordLength[(int) (packed & KEYWORD_MASK)];
    }

    // ------------------------------------------------------------------------------------------ scoring

    private static final class Candidate {
        final int topic;
        final int group;
        final int depth;
        int hits;
        int sectorHits;

        Candidate(int topic, int group, int depth) {
            this.topic = topic;
            this.group = group;
            this.depth = depth;
        }
    }

    /** Per-call tally; small growable arrays because a sentence touches only a handful of topics. */
    private final class Accumulator {
        int[] topics = new int[4];
        int[] hits = new int[4];
        int topicCount;
        int[] keywords = new int[8]; // distinct keyword ids in order of first occurrence
        int keywordCount;

        void add(int keyword, int weight) {
            int topic = keywordTopic[keyword];
            int t = 0;
            while (t < topicCount && topics[t] != topic) {
                t++;
            }
            if (t == topicCount) {
                if (topicCount == topics.length) {
                    topics = Arrays.copyOf(topics, topicCount * 2);
                    hits = Arrays.copyOf(hits, topicCount * 2);
                }
                topics[topicCount] = topic;
                hits[topicCount] = 0;
                topicCount++;
            }
            hits[t] += weight;
            for (int k = 0; k < keywordCount; k++) {
                if (keywords[k] == keyword) {
                    return;
                }
            }
            if (keywordCount == keywords.length) {
                keywords = Arrays.copyOf(keywords, keywordCount * 2);
            }
            keywords[keywordCount++] = keyword;
        }

        List<TopicMatch> toMatches(TopicKind kind) {
            if (topicCount == 0) {
                return List.of();
            }
            List<Candidate> candidates = new ArrayList<>(topicCount);
            for (int t = 0; t < topicCount; t++) {
                int topic = topics[t];
                Candidate c = new Candidate(topic, topicGroup[topic], topicDepth[topic]);
                c.hits = hits[t];
                candidates.add(c);
            }
            for (Candidate c : candidates) {
                for (Candidate other : candidates) {
                    if (other.group == c.group) {
                        c.sectorHits += other.hits;
                    }
                }
            }
            candidates.sort(ORDER);
            List<TopicMatch> out = new ArrayList<>(candidates.size());
            for (Candidate c : candidates) {
                if (kind != null && topicKinds[c.topic] != kind) {
                    continue;
                }
                List<String> kws = new ArrayList<>();
                for (int k = 0; k < keywordCount; k++) {
                    if (keywordTopic[keywords[k]] == c.topic) {
                        kws.add(keywordText[keywords[k]]);
                    }
                }
                out.add(new TopicMatch(topicNames[c.topic], topicKinds[c.topic], c.hits, c.sectorHits, kws));
            }
            return out;
        }
    }
}
