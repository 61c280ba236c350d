package broadsheet.entities;

import broadsheet.entities.TopPartners.Partner;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link TopPartners} and {@code EntitiesStage.topPartnerRows}: each entity's best partners without sorting all pairs. */
class TopPartnersTest {
    private static Partner p(long articles, double npmi, String entity) {
        return new Partner(articles, npmi, entity, "PLACE");
    }

    @Test
    void orderIsArticlesThenNpmiThenNameThenType() {
        // {better, worse}
        Partner[][] cases = {
                {p(3, -0.5, "乙"), p(2, 0.9, "甲")},            // more shared articles first, whatever the npmi
                {p(2, 0.4, "乙"), p(2, 0.3, "甲")},             // then higher npmi
                {p(2, 0.3, "乙"), p(2, 0.3, "甲")},             // then the name by code point: 乙 U+4E59 before 甲 U+7532
                {p(2, 0.0, "乙"), p(2, -0.0, "甲")},            // -0.0 equals 0.0, as Spark sorts doubles: the name decides
                {p(2, -0.9, "乙"), p(2, Double.NaN, "甲")},     // NaN after every number, as in Spark
                {p(2, 0.1, "\uFF21"), p(2, 0.1, "\uD840\uDC00")}, // U+FF21 < U+20000 by code point, though not by UTF-16 unit
                {new Partner(1, 0.1, "江南", "ORGANIZATION"), new Partner(1, 0.1, "江南", "PLACE")},
        };
        for (Partner[] c : cases) {
            assertTrue(TopPartners.BEST_FIRST.compare(c[0], c[1]) < 0, c[0] + " before " + c[1]);
            assertTrue(TopPartners.BEST_FIRST.compare(c[1], c[0]) > 0, c[1] + " after " + c[0]);
        }
        assertEquals(0, TopPartners.BEST_FIRST.compare(p(2, 0.0, "甲"), p(2, -0.0, "甲")));
    }

    @Test
    void keepsTheBestKOfEachEntity() {
        TopPartners<String> top = new TopPartners<>(2, 100);
        top.offer("甲", p(1, 0.1, "a"));
        top.offer("甲", p(3, 0.1, "b"));
        top.offer("乙", p(1, 0.1, "c"));
        top.offer("甲", p(2, 0.1, "c"));
        top.offer("甲", p(1, 0.9, "d"));
        Map<String, List<String>> out = drained(top);
        assertEquals(Map.of("甲", List.of("b", "c"), "乙", List.of("c")), out);
        assertEquals(0, top.size());
        assertEquals(Map.of(), drained(top));
    }

    @Test
    void saysWhenTheBoundOfEntitiesIsReached() {
        TopPartners<String> top = new TopPartners<>(5, 2);
        assertEquals(false, top.offer("甲", p(1, 0, "x")));
        assertEquals(false, top.offer("甲", p(1, 0, "y")));
        assertEquals(true, top.offer("乙", p(1, 0, "x")));
        assertThrows(IllegalArgumentException.class, () -> new TopPartners<String>(0, 2));
        assertThrows(IllegalArgumentException.class, () -> new TopPartners<String>(5, 0));
    }

    /** Lists drained part by part (a small bound) and merged give the same best k as sorting every partner. */
    @Test
    void drainingInPartsAndMergingEqualsSortingAll() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int k = 1 + random.nextInt(5);
            int bound = 1 + random.nextInt(8);
            Map<String, List<Partner>> all = new TreeMap<>();
            Map<String, List<Partner>> merged = new TreeMap<>();
            TopPartners<String> top = new TopPartners<>(k, bound);
            for (int i = 0; i < 300; i++) {
                String entity = "e" + random.nextInt(12);
                // Few distinct values, so ties on articles and npmi are common and the names decide.
                Partner partner = new Partner(random.nextInt(4), (random.nextInt(5) - 2) / 2.0, "p" + random.nextInt(40),
                        random.nextBoolean() ? "PLACE" : "PERSON");
                if (all.computeIfAbsent(entity, x -> new ArrayList<>()).stream()
                        .anyMatch(q -> q.entity().equals(partner.entity()) && q.type().equals(partner.type()))) {
                    continue; // one row per pair, as in entity_cooccurrence
                }
                all.get(entity).add(partner);
                if (top.offer(entity, partner)) {
                    top.drain((e, list) -> merged.computeIfAbsent(e, x -> new ArrayList<>()).addAll(list));
                }
            }
            top.drain((e, list) -> merged.computeIfAbsent(e, x -> new ArrayList<>()).addAll(list));
            assertEquals(best(all, k), best(merged, k), "round " + round + ", k " + k + ", bound " + bound);
        }
    }

    @Test
    void topPartnerRowsSeeEachPairFromBothSides() {
        List<Row> pairs = List.of(
                pair("2024-03", "甲", "乙", 3, 0.5),
                pair("2024-03", "甲", "丙", 1, 0.9),
                pair("2024-03", "乙", "丙", 2, 0.1),
                pair(null, "甲", "乙", 1, 1.0));
        for (int held : new int[]{1, 2, 100}) {
            Map<String, List<String>> out = new TreeMap<>();
            Iterator<Row> it = EntitiesStage.topPartnerRows(pairs.iterator(), held);
            while (it.hasNext()) {
                Row r = it.next();
                out.computeIfAbsent(r.get(0) + "|" + r.get(1) + "|" + r.get(2) + "/" + r.get(3), x -> new ArrayList<>())
                        .add(r.get(4) + ":" + r.get(6));
            }
            out.values().forEach(l -> l.sort(null));
            assertEquals(Map.of(
                    "2024-03|城南日报|甲/PLACE", List.of("丙:1", "乙:3"),
                    "2024-03|城南日报|乙/PLACE", List.of("丙:2", "甲:3"),
                    "2024-03|城南日报|丙/PLACE", List.of("乙:2", "甲:1"),
                    "null|城南日报|甲/PLACE", List.of("乙:1"),
                    "null|城南日报|乙/PLACE", List.of("甲:1")), out, "held " + held);
        }
    }

    @Test
    void mergedTopPartnersRankEachEntitysPartialLists() {
        // Partial lists of two tasks, each entity's rows together as the shuffle and sort give them.
        List<Row> partials = List.of(
                partial(null, "甲", "乙", 1, 0.2),
                partial("2024-03", "甲", "乙", 3, 0.5), partial("2024-03", "甲", "丁", 3, 0.7),
                partial("2024-03", "甲", "丙", 4, 0.1), partial("2024-03", "甲", "戊", 1, 0.9),
                partial("2024-03", "甲", "己", 2, 0.0), partial("2024-03", "甲", "庚", 2, -0.0),
                partial("2024-03", "乙", "甲", 3, 0.5));
        List<String> out = new ArrayList<>();
        Iterator<Row> it = EntitiesStage.mergedTopPartners(partials.iterator());
        while (it.hasNext()) {
            Row r = it.next();
            StringBuilder line = new StringBuilder(r.get(0) + "|" + r.get(2) + ":");
            for (Row p : r.<Row>getList(4)) {
                line.append(' ').append(p.getString(0)).append(p.getLong(2));
            }
            out.add(line.toString());
        }
        // Five of six for 甲 of 2024-03: 4 articles, then 3 by npmi, then 2 by name (己 U+5DF1 before 庚 U+5E9A; -0.0 = 0.0).
        assertEquals(List.of("null|甲: 乙1", "2024-03|甲: 丙4 丁3 乙3 己2 庚2", "2024-03|乙: 甲3"), out);
        assertTrue(!EntitiesStage.mergedTopPartners(List.<Row>of().iterator()).hasNext());
    }

    private static Row partial(String period, String entity, String partner, long articles, double npmi) {
        return RowFactory.create(period, "城南日报", entity, "PLACE", partner, "PLACE", articles, npmi);
    }

    private static Row pair(String period, String a, String b, long articles, double npmi) {
        return RowFactory.create(period, "城南日报", a, "PLACE", b, "PLACE", articles, npmi);
    }

    private static Map<String, List<Partner>> best(Map<String, List<Partner>> lists, int k) {
        Map<String, List<Partner>> out = new TreeMap<>();
        lists.forEach((e, l) -> {
            List<Partner> sorted = new ArrayList<>(l);
            sorted.sort(TopPartners.BEST_FIRST);
            out.put(e, sorted.subList(0, Math.min(k, sorted.size())));
        });
        return out;
    }

    private static Map<String, List<String>> drained(TopPartners<String> top) {
        Map<String, List<String>> out = new TreeMap<>();
        top.drain((e, list) -> out.put(e, list.stream().map(Partner::entity).toList()));
        return out;
    }
}
