package broadsheet.fuzz;

import broadsheet.ingest.IngestRecord;
import broadsheet.ingest.InputFileReader;
import broadsheet.ingest.IssueLayoutParser;
import broadsheet.ingest.JsonLinesParser;
import broadsheet.ingest.TextNormalizer;
import broadsheet.investments.AmountParser;
import broadsheet.nlp.SentenceSplitter;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Jazzer fuzz tests over the parsers that see raw input: none may throw on any input, and the sentence splitter
 * keeps its limit. Every method takes raw bytes (text as UTF-8, malformed sequences included), so the kept inputs
 * are plain files. {@code mvn test} replays the inputs under
 * {@code src/test/resources/broadsheet/fuzz/ParserFuzzTestInputs/<method>/}: the hostile cases of issue 14 (a zip
 * header alone, a truncated gzip, UTF-16 without BOM, NULs, a GBK line in JSON Lines, an overlong sentence ending
 * in a surrogate pair, ...) and whatever {@code jobs/fuzz} finds (it fuzzes each method for 3 minutes).
 */
class ParserFuzzTest {
    private static final InputFileReader READER = new InputFileReader(4L << 20);

    @FuzzTest(maxDuration = "3m")
    void inputFileReader(byte[] bytes) {
        if (bytes == null) {
            return;
        }
        List<IngestRecord> records = READER.read("file:/in/wuxi/2022-11-04.txt", "wuxi/2022-11-04.txt", bytes);
        assertTrue(!records.isEmpty(), "every file gives a row");
        for (IngestRecord r : records) {
            assertNotNull(r.getKind());
            if (IngestRecord.ARTICLE.equals(r.getKind())) {
                assertEquals(r.getText().length(), (int) r.getCharCount());
            } else if (!IngestRecord.FILE.equals(r.getKind())) {
                assertNotNull(r.getReason());
            }
        }
    }

    @FuzzTest(maxDuration = "3m")
    void issueLayoutParser(byte[] input) {
        if (input == null) {
            return; // Jazzer's own seed; no file gives null
        }
        String text = new String(input, StandardCharsets.UTF_8);
        IssueLayoutParser.Result r = IssueLayoutParser.parse(TextNormalizer.normalize(text), LocalDate.of(2022, 11, 4));
        assertNotNull(r.articles());
    }

    @FuzzTest(maxDuration = "3m")
    void jsonLinesParser(byte[] input) {
        if (input == null) {
            return; // Jazzer's own seed; no file gives null
        }
        String text = new String(input, StandardCharsets.UTF_8);
        for (JsonLinesParser.LineResult line : JsonLinesParser.parse(TextNormalizer.normalize(text))) {
            assertTrue(line.rejected() != null || !line.articles().isEmpty(), "a line either loads or is rejected");
        }
    }

    @FuzzTest(maxDuration = "3m")
    void amountParser(byte[] input) {
        if (input == null) {
            return; // Jazzer's own seed; no file gives null
        }
        String sentence = new String(input, StandardCharsets.UTF_8);
        AmountParser.findAll(sentence);
        AmountParser.parse(sentence);
    }

    @FuzzTest(maxDuration = "3m")
    void sentenceSplitter(byte[] input) {
        if (input == null) {
            return; // Jazzer's own seed; no file gives null
        }
        String text = new String(input, StandardCharsets.UTF_8);
        int previousEnd = 0;
        for (SentenceSplitter.Span s : SentenceSplitter.split(text)) {
            assertTrue(s.start() >= previousEnd && s.start() < s.end() && s.end() <= text.length(), "spans in order, inside the text");
            assertTrue(s.end() - s.start() <= SentenceSplitter.MAX_SENTENCE_CHARS, "no sentence over the limit");
            assertTrue(text.substring(previousEnd, s.start()).isBlank(), "nothing but whitespace between sentences");
            previousEnd = s.end();
        }
        assertTrue(text.substring(previousEnd).isBlank(), "nothing left after the last sentence");
    }
}
