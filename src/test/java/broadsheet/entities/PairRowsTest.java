package broadsheet.entities;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** {@code EntitiesStage.pairRows}: mention rows grouped by article (as the shuffle and sort give them) to pair rows. */
class PairRowsTest {
    private static final LocalDate DAY = LocalDate.of(2023, 5, 8);

    private static Row mention(String article, String canonical, String type, Integer sentence) {
        return RowFactory.create(article, "城南日报", DAY, canonical, type, sentence);
    }

    private static List<String> pairs(List<Row> mentions) {
        List<String> out = new ArrayList<>();
        Iterator<Row> it = EntitiesStage.pairRows(mentions.iterator());
        while (it.hasNext()) {
            Row r = it.next();
            out.add(r.get(2) + "+" + r.get(4) + " " + r.get(6));
        }
        assertFalse(it.hasNext());
        return out;
    }

    @Test
    void eachArticlesPairsApartFromTheNext() {
        List<Row> rows = List.of(
                mention("a1", "沈慧林", "PERSON", 0), mention("a1", "南湖区", "PLACE", 0), mention("a1", "南湖区", "PLACE", 2),
                mention("a2", "南湖区", "PLACE", 1),
                mention("a3", "南湖区", "PLACE", 0), mention("a3", "钱江集团", "ORGANIZATION", 3), mention("a3", "沈慧林", "PERSON", null));
        // a2 names one entity: no pair; a1 and a3 never pair across articles.
        assertEquals(List.of("南湖区+沈慧林 1", "南湖区+沈慧林 0", "南湖区+钱江集团 0", "沈慧林+钱江集团 0"), pairs(rows));
    }

    @Test
    void noMentionsNoPairs() {
        assertEquals(List.of(), pairs(List.of()));
        assertEquals(List.of(), pairs(List.of(mention("a9", "南湖区", "PLACE", 0))));
    }

    @Test
    void sameAsPairsOfEachArticleAlone() {
        List<Row> rows = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        String[] names = {"甲城", "乙镇", "丙村", "丁街道", "戊区"};
        for (int a = 0; a < 6; a++) {
            List<EntityPairs.Mention> article = new ArrayList<>();
            for (int k = 0; k <= a; k++) {
                String name = names[(a * 3 + k) % names.length];
                Integer sentence = k % 3 == 2 ? null : k % 2;
                rows.add(mention("art" + a, name, "PLACE", sentence));
                article.add(new EntityPairs.Mention(name, "PLACE", sentence));
            }
            for (EntityPairs.Pair p : EntityPairs.of(article)) {
                expected.add(p.a().canonical() + "+" + p.b().canonical() + " " + p.sentences());
            }
        }
        assertEquals(expected, pairs(rows));
    }
}
