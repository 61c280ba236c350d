package broadsheet.entities;

import broadsheet.testing.SharedData;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The CLUENER reader and its scoring under Broadsheet's mapping, on a record written for this test in CLUENER's format;
 * then the real dev split, read in place from ../shared (skipped, saying so, when absent).
 */
class ClueNerTest {
    /** Our own sentence, in CLUENER's JSON with inclusive offsets. */
    static final String RECORD = "{\"text\": \"市长王明华在江海市滨湖区会见了星河科技公司的代表，观看了电影《李雷和韩梅梅》。\", \"label\": {"
            + "\"position\": {\"市长\": [[0, 1]]}, \"name\": {\"王明华\": [[2, 4]]}, \"address\": {\"江海市滨湖区\": [[6, 11]]},"
            + " \"company\": {\"星河科技公司\": [[15, 20]]}, \"movie\": {\"《李雷和韩梅梅》\": [[30, 37]]}}}";

    static ClueNer.Record record() throws Exception {
        return ClueNer.parse(new ObjectMapper().readTree(RECORD), "test", 1);
    }

    @Test
    void readsSpansWithExclusiveEndsAndTheMapping() throws Exception {
        ClueNer.Record r = record();
        assertEquals(5, r.gold().size());
        assertEquals(new ClueNer.Span(2, 5, "name", EntityType.PERSON), r.gold().get(1));
        assertEquals(new ClueNer.Span(6, 12, "address", EntityType.PLACE), r.gold().get(2));
        assertEquals(new ClueNer.Span(15, 21, "company", EntityType.ORGANIZATION), r.gold().get(3));
        assertNull(r.gold().get(0).type(), "position has no Broadsheet type");
        var e = assertThrows(IllegalArgumentException.class, () -> ClueNer.parse(new ObjectMapper().readTree(
                "{\"text\": \"王明华说\", \"label\": {\"name\": {\"王明华\": [[1, 3]]}}}"), "bad.jsonl:7", 7));
        assertTrue(e.getMessage().contains("bad.jsonl:7"), e.getMessage());
    }

    /**
     * Predictions (start:end:TYPE, end exclusive, space-separated) → PERSON, PLACE, ORGANIZATION counts as
     * right/scored/found/gold.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // exact person, lenient places (two places inside one address both right; the address found once)
            "2:5:PERSON 6:9:PLACE 9:12:PLACE 15:21:ORGANIZATION | 1/1/1/1 | 2/2/1/1 | 1/1/1/1",
            // a person cut short is wrong and the gold one missed; an organisation without its suffix likewise
            "2:4:PERSON 15:19:ORGANIZATION                     | 0/1/0/1 | 0/0/0/1 | 0/1/0/1",
            // persons inside the film title are not scored; a place outside any address is wrong
            "31:33:PERSON 35:38:PERSON 15:17:PLACE             | 0/0/0/1 | 0/1/0/1 | 0/0/0/1",
            // the title (position) is not scored; a person spanning title and name is (it is not exact)
            "0:2:PERSON 0:5:PERSON                             | 0/0/0/1 | 0/0/0/1 | 0/0/0/1",
            // the wrong type is no match, even for an overlapping place
            "6:12:ORGANIZATION 2:5:PLACE                       | 0/0/0/1 | 0/1/0/1 | 0/1/0/1",
    })
    void scoresExactPersonsAndOrganisationsAndLenientPlaces(String predicted, String person, String place, String org) throws Exception {
        ClueNer.Record r = record();
        List<EntityMention> ms = new ArrayList<>();
        for (String p : predicted.trim().split(" +")) {
            String[] f = p.split(":");
            int a = Integer.parseInt(f[0]), b = Integer.parseInt(f[1]);
            String s = r.text().substring(a, b);
            ms.add(new EntityMention(0, a, b, s, s, EntityType.valueOf(f[2]), EntityMention.ROLE_MENTION, "test"));
        }
        ClueNer.Score score = new ClueNer.Score();
        ClueNer.score(r, ms, score, null);
        assertEquals(person.trim(), counts(score.of(EntityType.PERSON)), "PERSON");
        assertEquals(place.trim(), counts(score.of(EntityType.PLACE)), "PLACE");
        assertEquals(org.trim(), counts(score.of(EntityType.ORGANIZATION)), "ORGANIZATION");
    }

    private static String counts(int[] k) { return k[0] + "/" + k[1] + "/" + k[2] + "/" + k[3]; }

    /** The real dev split: every span is where the file says; the rules do better than HanLP's tags and keep their level. */
    @Test
    void devSplitReadsAndTheRulesKeepTheirLevel() throws Exception {
        var dev = SharedData.require("corpora/cluener2020-dev.jsonl");
        List<ClueNer.Record> records = ClueNer.read(dev);
        assertEquals(1343, records.size());
        double baseline = ClueNer.score(EntityExtractor.hanlpBaseline(), records, null).f1();
        double fast = ClueNer.score(EntityExtractor.defaults(), records, null).f1();
        assertTrue(fast > baseline + 0.05, "fast " + fast + " vs HanLP's tags " + baseline);
        assertTrue(fast >= FAST_F1_FLOOR, "CLUENER dev F1 with --ner fast fell to " + fast);
    }

    /** The level measured when the rules last changed (docs/entities.md), less a little slack. */
    static final double FAST_F1_FLOOR = 0.435;
}
