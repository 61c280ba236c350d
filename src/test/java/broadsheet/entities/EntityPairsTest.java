package broadsheet.entities;

import broadsheet.entities.EntityPairs.Entity;
import broadsheet.entities.EntityPairs.Mention;
import broadsheet.entities.EntityPairs.Pair;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-article pair generator, checked on a hand-made article and against a brute-force count. */
class EntityPairsTest {
    private static Mention m(String canonical, String type, Integer sentence) {
        return new Mention(canonical, type, sentence);
    }

    private static String render(List<Pair> pairs) {
        StringBuilder sb = new StringBuilder();
        for (Pair p : pairs) {
            sb.append(p.a().canonical()).append('/').append(p.a().type()).append(" + ")
                    .append(p.b().canonical()).append('/').append(p.b().type()).append(' ').append(p.sentences()).append('\n');
        }
        return sb.toString();
    }

    @Test
    void everyPairOfTheArticleOnceWithTheSentencesHoldingBoth() {
        List<Mention> article = List.of(
                m("许昆林", "PERSON", 0), m("无锡", "PLACE", 0), m("许昆林", "PERSON", 0), // twice in one sentence: once
                m("无锡", "PLACE", 1), m("常州", "PLACE", 1),
                m("无锡", "PLACE", 2), m("许昆林", "PERSON", 2),
                m("王拓", "PERSON", null)); // a byline name in no sentence: article pairs only
        // Code point order: 常 U+5E38 < 无 U+65E0 < 王 U+738B < 许 U+8BB8.
        assertEquals("""
                常州/PLACE + 无锡/PLACE 1
                常州/PLACE + 王拓/PERSON 0
                常州/PLACE + 许昆林/PERSON 0
                无锡/PLACE + 王拓/PERSON 0
                无锡/PLACE + 许昆林/PERSON 2
                王拓/PERSON + 许昆林/PERSON 0
                """, render(EntityPairs.of(article)));
        List<Mention> shuffled = new ArrayList<>(article);
        Collections.shuffle(shuffled, new Random(3));
        assertEquals(EntityPairs.of(article), EntityPairs.of(shuffled));
    }

    @Test
    void fewerThanTwoEntitiesGiveNoPair() {
        assertEquals(List.of(), EntityPairs.of(List.of()));
        assertEquals(List.of(), EntityPairs.of(List.of(m("无锡", "PLACE", 0), m("无锡", "PLACE", 3), m("无锡", "PLACE", null))));
    }

    @Test
    void oneNameOfTwoTypesIsTwoEntitiesAndPrefixesComeFirst() {
        assertEquals("""
                无锡/ORGANIZATION + 无锡/PLACE 1
                无锡/ORGANIZATION + 无锡市/PLACE 0
                无锡/PLACE + 无锡市/PLACE 0
                """, render(EntityPairs.of(List.of(m("无锡市", "PLACE", 1), m("无锡", "PLACE", 0), m("无锡", "ORGANIZATION", 0)))));
    }

    @Test
    void namesAreOrderedByCodePointAsSparkAndDuckDbOrderThem() {
        String fullWidthZ = "\uFF3A";          // Ｚ, U+FF3A: one UTF-16 unit
        String extB = new String(Character.toChars(0x20000)); // 𠀀, U+20000: a surrogate pair starting 0xD840
        assertTrue(fullWidthZ.compareTo(extB) > 0, "UTF-16 order puts the surrogate pair first");
        assertTrue(EntityPairs.compareCodePoints(fullWidthZ, extB) < 0);
        Pair p = EntityPairs.of(List.of(m(extB, "PERSON", 0), m(fullWidthZ, "PERSON", 0))).get(0);
        assertEquals(fullWidthZ, p.a().canonical());
        assertEquals(extB, p.b().canonical());
        assertEquals(0, EntityPairs.compareCodePoints("无锡", "无锡"));
        assertTrue(EntityPairs.compareCodePoints("无锡", "无锡市") < 0);
    }

    @Test
    void entitiesNeedANameAndAType() {
        assertThrows(IllegalArgumentException.class, () -> m(null, "PERSON", 0));
        assertThrows(IllegalArgumentException.class, () -> m("无锡", null, 0));
    }

    /** Random articles against the definition, counted the slow way: every pair, every sentence. */
    @Test
    void randomArticlesMatchABruteForceCount() {
        Random r = new Random(42);
        String[] names = {"甲", "乙", "丙", "丁", "戊", "己", "庚"};
        String[] types = {"PERSON", "PLACE", "ORGANIZATION"};
        for (int round = 0; round < 300; round++) {
            List<Mention> mentions = new ArrayList<>();
            int n = r.nextInt(15);
            for (int i = 0; i < n; i++) {
                mentions.add(m(names[r.nextInt(names.length)], types[r.nextInt(2)], r.nextInt(6) == 0 ? null : r.nextInt(5)));
            }
            Set<Entity> entities = new LinkedHashSet<>();
            mentions.forEach(x -> entities.add(x.entity()));
            List<Pair> expected = new ArrayList<>();
            for (Entity a : entities) {
                for (Entity b : entities) {
                    if (a.compareTo(b) >= 0) {
                        continue;
                    }
                    int both = 0;
                    for (int s = 0; s < 5; s++) {
                        Set<Entity> in = new HashSet<>();
                        for (Mention x : mentions) {
                            if (x.sentenceIdx() != null && x.sentenceIdx() == s) {
                                in.add(x.entity());
                            }
                        }
                        if (in.contains(a) && in.contains(b)) {
                            both++;
                        }
                    }
                    expected.add(new Pair(a, b, both));
                }
            }
            expected.sort((x, y) -> x.a().compareTo(y.a()) != 0 ? x.a().compareTo(y.a()) : x.b().compareTo(y.b()));
            assertEquals(render(expected), render(EntityPairs.of(mentions)), mentions.toString());
            assertEquals(entities.size() * (entities.size() - 1) / 2, EntityPairs.of(mentions).size());
        }
    }
}
