package broadsheet.entities;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A line written for this test in the PFR format; the real corpus is read only by the evaluation. */
class PkuCorpusTest {
    @Test
    void rebuildsTextAndGoldEntities() {
        String line = "20000101-01-001-002/m  [江海/ns  大学/n]nt  校长/n  周/nr  小明/nr  在/p  南通/ns  会见/v  "
                + "王/nr  立/nr  、/w  [江海/ns  市/n]ns  代表/n  和/c  市政府/nt  官员/n  。/w  \r";
        PkuCorpus.Paragraph p = PkuCorpus.parseLine(line.replace("\r", ""), 1);
        assertEquals("20000101-01-001-002", p.id());
        assertEquals("江海大学校长周小明在南通会见王立、江海市代表和市政府官员。", p.text());
        List<String> got = p.entities().stream().map(e -> e.surface() + "/" + e.type()).toList();
        assertEquals(List.of("江海大学/ORGANIZATION", "周小明/PERSON", "南通/PLACE", "王立/PERSON", "江海市/PLACE",
                "市政府/ORGANIZATION"), got);
        PkuCorpus.GoldEntity zhou = p.entities().get(1);
        assertEquals("周小明", p.text().substring(zhou.start(), zhou.end()));
        assertEquals("20000101-01-001", p.articleId());
    }

    @Test
    void badTokenNamesTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PkuCorpus.parseLine("20000101-01-001-002/m  坏词", 7));
        assertTrue(e.getMessage().startsWith("line 7:"), e.getMessage());
    }
}
