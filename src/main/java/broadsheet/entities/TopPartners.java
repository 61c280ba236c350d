package broadsheet.entities;

import broadsheet.io.StringOrder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Each entity's best few partners, kept while pair rows stream past, in plain Java: a small sorted array per entity
 * instead of sorting every (entity, partner) row, which is what a window over the pairs costs.
 *
 * <p>Memory is bounded: after {@code maxEntities} distinct entities the lists held so far are handed out and
 * forgotten, and the same entity may then be handed out again with other partners. The caller merges the lists of
 * one entity (the best {@code k} of the union), which is exact: every partner of the overall best {@code k} is among
 * the best {@code k} of whichever part held it.
 *
 * @param <K> what identifies an entity (with its period and source)
 */
public final class TopPartners<K> {
    /** One partner of an entity: shared articles, npmi, and the partner's name and type. */
    public record Partner(long articles, double npmi, String entity, String type) {
    }

    /**
     * Most shared articles first, then higher npmi, then name and type by Unicode code point: the order of
     * {@code entity_summary.top_co_entities}. Doubles compare as Spark sorts them (-0.0 equals 0.0, NaN after every
     * number), so the lists are those an SQL query over {@code entity_cooccurrence} gives (EntitiesSparkTest checks
     * them with DuckDB).
     */
    public static final Comparator<Partner> BEST_FIRST = (x, y) -> {
        int c = Long.compare(y.articles(), x.articles());
        if (c != 0) {
            return c;
        }
        // Ascending on -npmi: higher npmi first, and a NaN (which sorts last as a number) after every npmi.
        c = sparkDoubleCompare(-x.npmi(), -y.npmi());
        if (c != 0) {
            return c;
        }
        c = StringOrder.compare(x.entity(), y.entity());
        return c != 0 ? c : StringOrder.compare(x.type(), y.type());
    };

    private final int k;
    private final int maxEntities;
    private final Map<K, Ranked> best = new HashMap<>();

    /** An entity's partners so far, best first: {@code n} of {@code list}. */
    private static final class Ranked {
        final Partner[] list;
        int n;

        Ranked(int k) {
            list = new Partner[k];
        }
    }

    /**
     * @param k           partners kept per entity
     * @param maxEntities entities held at once before their lists are handed out
     */
    public TopPartners(int k, int maxEntities) {
        if (k < 1 || maxEntities < 1) {
            throw new IllegalArgumentException("k and maxEntities must be positive: " + k + ", " + maxEntities);
        }
        this.k = k;
        this.maxEntities = maxEntities;
    }

    /** Offers a partner of an entity; true when the entities held have reached the bound and should be drained. */
    public boolean offer(K entity, Partner p) {
        Ranked r = best.get(entity);
        boolean added = r == null;
        if (added) {
            r = new Ranked(k);
            best.put(entity, r);
        }
        Partner[] list = r.list;
        if (r.n == k && BEST_FIRST.compare(p, list[k - 1]) >= 0) {
            return false;
        }
        // Insertion into the short sorted array, dropping the last when it is full.
        int i = Math.min(r.n, k - 1);
        while (i > 0 && BEST_FIRST.compare(p, list[i - 1]) < 0) {
            list[i] = list[i - 1];
            i--;
        }
        list[i] = p;
        if (r.n < k) {
            r.n++;
        }
        return added && best.size() >= maxEntities;
    }

    /** Hands out every entity held with its partners, best first, and forgets them. */
    public void drain(BiConsumer<K, List<Partner>> out) {
        for (Map.Entry<K, Ranked> e : best.entrySet()) {
            Ranked r = e.getValue();
            List<Partner> list = new ArrayList<>(r.n);
            for (int i = 0; i < r.n; i++) {
                list.add(r.list[i]);
            }
            out.accept(e.getKey(), list);
        }
        best.clear();
    }

    /** Entities held now. */
    public int size() {
        return best.size();
    }

    /** Spark's order of doubles: -0.0 equals 0.0 and NaN is greater than any number (and equal to itself). */
    static int sparkDoubleCompare(double x, double y) {
        if (x == y) {
            return 0; // also -0.0 against 0.0
        }
        boolean xn = Double.isNaN(x);
        boolean yn = Double.isNaN(y);
        if (xn || yn) {
            return xn && yn ? 0 : (xn ? 1 : -1);
        }
        return x < y ? -1 : 1;
    }
}
