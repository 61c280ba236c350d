package broadsheet.entities;

import broadsheet.io.StringOrder;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The entity pairs of one article, in plain Java: every pair of distinct entities (canonical name and type) named
 * in the article, once, with the number of the article's sentences that name both. {@code EntitiesStage} calls it
 * once per article and only adds the per-article rows up in Spark, so mention rows are never joined with
 * themselves.
 *
 * <p>Entities are ordered by canonical name, then type, comparing Unicode code points: the order of UTF-8 bytes,
 * which is how Spark, DuckDB and Parquet order strings (Java's {@code String.compareTo} orders UTF-16 units and
 * differs for characters beyond U+FFFF). The first entity of a pair is always the smaller, and the pairs come out
 * sorted, so the output depends only on the set of mentions, not on their order.
 */
public final class EntityPairs {
    private EntityPairs() {
    }

    /** A named entity: canonical name and type ({@code PERSON}, {@code PLACE}, {@code ORGANIZATION}). */
    public record Entity(String canonical, String type) implements Comparable<Entity>, Serializable {
        public Entity {
            if (canonical == null || type == null) {
                throw new IllegalArgumentException("entity without canonical name or type: " + canonical + "/" + type);
            }
        }

        @Override
        public int compareTo(Entity o) {
            int c = compareCodePoints(canonical, o.canonical);
            return c != 0 ? c : compareCodePoints(type, o.type);
        }
    }

    /** One mention of an entity; {@code sentenceIdx} is null when it is in no sentence (a byline name). */
    public record Mention(Entity entity, Integer sentenceIdx) implements Serializable {
        public Mention(String canonical, String type, Integer sentenceIdx) {
            this(new Entity(canonical, type), sentenceIdx);
        }
    }

    /** Two entities named in the same article ({@code a < b}) and the sentences of the article naming both. */
    public record Pair(Entity a, Entity b, int sentences) implements Serializable {
    }

    /** Every pair of the article's distinct entities, sorted by (a, b); {@code sentences} may be 0. */
    public static List<Pair> of(Collection<Mention> mentions) {
        TreeSet<Entity> distinct = new TreeSet<>();
        TreeMap<Integer, TreeSet<Entity>> bySentence = new TreeMap<>();
        for (Mention m : mentions) {
            distinct.add(m.entity());
            if (m.sentenceIdx() != null) {
                bySentence.computeIfAbsent(m.sentenceIdx(), k -> new TreeSet<>()).add(m.entity());
            }
        }
        List<Entity> entities = new ArrayList<>(distinct);
        int k = entities.size();
        if (k < 2) {
            return List.of();
        }
        Map<Entity, Integer> index = new HashMap<>(2 * k);
        for (int i = 0; i < k; i++) {
            index.put(entities.get(i), i);
        }
        // Sentences naming both, per pair of indexes i < j (key i * k + j); only pairs that share a sentence.
        Map<Long, Integer> sentences = new HashMap<>();
        for (TreeSet<Entity> inSentence : bySentence.values()) {
            int[] ids = new int[inSentence.size()];
            int n = 0;
            for (Entity e : inSentence) {
                ids[n++] = index.get(e); // ascending: the set is sorted in the same order as the index
            }
            for (int x = 0; x < n; x++) {
                for (int y = x + 1; y < n; y++) {
                    sentences.merge((long) ids[x] * k + ids[y], 1, Integer::sum);
                }
            }
        }
        List<Pair> pairs = new ArrayList<>((int) Math.min(1 << 20, (long) k * (k - 1) / 2));
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                pairs.add(new Pair(entities.get(i), entities.get(j), sentences.getOrDefault((long) i * k + j, 0)));
            }
        }
        return pairs;
    }

    /** Compares two strings by Unicode code point (equivalently, by their UTF-8 bytes): {@link StringOrder}. */
    public static int compareCodePoints(String x, String y) {
        return StringOrder.compare(x, y);
    }
}
