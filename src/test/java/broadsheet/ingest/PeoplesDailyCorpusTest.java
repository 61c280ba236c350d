package broadsheet.ingest;

import broadsheet.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real PKU/PFR corpus from ../shared: both encodings, every issue and article. */
class PeoplesDailyCorpusTest {
    /** The articles read; the file's record count must show every line loaded. */
    private static List<IngestRecord> read(String name) throws Exception {
        Path file = SharedData.require("corpora/" + name);
        List<IngestRecord> all = new InputFileReader(64 << 20).read(file.toString(), name, Files.readAllBytes(file));
        IngestRecord counts = all.get(all.size() - 1);
        assertEquals(IngestRecord.FILE, counts.getKind());
        assertEquals(counts.getRecordsRead(), counts.getRecordsLoaded());
        return all.subList(0, all.size() - 1);
    }

    @Test
    void gbkCopyGivesTheSameArticlesAsTheUtf8Copy() throws Exception {
        List<IngestRecord> utf8 = read("people-daily-1998-01.utf8.txt");
        List<IngestRecord> gbk = read("people-daily-1998-01.gbk.txt");
        assertEquals(3148, utf8.size());
        assertEquals(31, utf8.stream().map(IngestRecord::getIssueDate).distinct().count());
        assertTrue(utf8.stream().allMatch(r -> IngestRecord.ARTICLE.equals(r.getKind()) && "people-daily".equals(r.getSource())));
        assertEquals("UTF-8", utf8.get(0).getEncoding());
        assertEquals("GBK", gbk.get(0).getEncoding());
        assertEquals(render(utf8), render(gbk));
    }

    @Test
    void textIsRecoveredWithoutTagsOrBrackets() throws Exception {
        List<IngestRecord> utf8 = read("people-daily-1998-01.utf8.txt");
        for (IngestRecord r : utf8) {
            assertTrue(!r.getText().matches("(?s).*/[a-zA-Z]{1,4}\\s.*") && !r.getText().contains("]nt"), r.getText());
        }
        // Paragraph counts add up to the corpus's 19,484 paragraph lines (headlines included, one duplicated id kept).
        long paragraphs = utf8.stream().mapToLong(r -> r.getText().split("\n").length + (r.getHeadline() == null ? 0 : 1)).sum();
        assertTrue(paragraphs >= 19_000, "paragraphs: " + paragraphs);
    }

    private static String render(List<IngestRecord> records) {
        return records.stream().map(r -> String.join("|", r.getArticleId(), r.getSource(), String.valueOf(r.getIssueDate()),
                r.getPage(), String.valueOf(r.getArticleSeq()), String.valueOf(r.getHeadline()), String.valueOf(r.getBylines()), r.getText()))
                .collect(Collectors.joining("\n"));
    }
}
