package broadsheet.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TopicFileExceptionTest {

    @TempDir
    Path dir;

    /** A valid two-line prefix so the broken line is line 4 (after a comment line). */
    private static final String HEAD = "# test taxonomy\n新能源\tsector\t新能源|清洁能源\n新能源/光伏\tsector\t光伏|太阳能\n";

    static Stream<Arguments> malformedFiles() {
        return Stream.of(
                Arguments.of("empty keyword list", HEAD + "新能源/风电\tsector\t\n", 4,
                        "empty keyword list for topic '新能源/风电'"),
                Arguments.of("blank keyword list", HEAD + "新能源/风电\tsector\t   \n", 4,
                        "empty keyword list"),
                Arguments.of("unknown kind", HEAD + "新能源/风电\tindustry\t风电\n", 4,
                        "unknown kind 'industry' for topic '新能源/风电' (expected 'sector' or 'general')"),
                Arguments.of("upper-case kind", HEAD + "新能源/风电\tSector\t风电\n", 4, "unknown kind 'Sector'"),
                Arguments.of("empty kind", HEAD + "新能源/风电\t\t风电\n", 4, "empty kind"),
                Arguments.of("duplicate topic", HEAD + "新能源/光伏\tsector\t光伏电站\n", 4,
                        "duplicate topic '新能源/光伏' (first declared on line 3)"),
                Arguments.of("undeclared sector", HEAD + "生物/医疗器械\tsector\t医疗器械\n", 4,
                        "sub-topic '生物/医疗器械': its sector '生物' is not declared on an earlier line"),
                Arguments.of("sector declared after sub-topic", "生物/医疗器械\tsector\t医疗器械\n生物\tsector\t生物医药\n", 1,
                        "its sector '生物' is not declared on an earlier line"),
                Arguments.of("sub-topic kind differs", HEAD + "新能源/风电\tgeneral\t风电\n", 4,
                        "sub-topic '新能源/风电' has kind 'general' but its sector '新能源' has kind 'sector'"),
                Arguments.of("two columns", HEAD + "新能源/风电\tsector\n", 4,
                        "wrong column count: expected 3 TAB-separated columns (topic, kind, keywords) but found 2"),
                Arguments.of("four columns", HEAD + "新能源/风电\tsector\t风电\textra\n", 4, "but found 4"),
                Arguments.of("spaces instead of tabs", HEAD + "新能源/风电 sector 风电\n", 4,
                        "but found 1 (columns must be separated by TAB characters, not spaces)"),
                Arguments.of("three levels", HEAD + "新能源/光伏/组件\tsector\t光伏组件\n", 4,
                        "topic '新能源/光伏/组件' has more than two levels"),
                Arguments.of("empty path segment", HEAD + "新能源/\tsector\t风电\n", 4, "has an empty path segment"),
                Arguments.of("empty topic name", HEAD + "\tsector\t风电\n", 4, "empty topic name"),
                Arguments.of("doubled separator", HEAD + "新能源/风电\tsector\t风电||海上风电\n", 4,
                        "empty keyword #2 for topic '新能源/风电'"),
                Arguments.of("trailing separator", HEAD + "新能源/风电\tsector\t风电|\n", 4, "empty keyword #2"),
                Arguments.of("chinese comma separator", HEAD + "新能源/风电\tsector\t风电，海上风电\n", 4,
                        "keyword '风电，海上风电' of topic '新能源/风电' contains '，'; separate keywords with '|'"),
                Arguments.of("duplicate keyword in topic", HEAD + "新能源/风电\tsector\t风电|海上风电|风电\n", 4,
                        "duplicate keyword '风电' in topic '新能源/风电'"),
                Arguments.of("duplicate keyword after normalisation", HEAD + "新能源/风电\tsector\t风电|AI|ａｉ\n", 4,
                        "duplicate keyword 'ａｉ' in topic '新能源/风电' (same as 'AI' after normalisation)"),
                Arguments.of("keyword in two topics", HEAD + "新能源/风电\tsector\t风电|太阳能\n", 4,
                        "keyword '太阳能' of topic '新能源/风电' is already assigned to topic '新能源/光伏' (line 3)"),
                Arguments.of("error after blank and CRLF lines", "# c\r\n\r\n新能源\tsector\t新能源\r\n\r\n新能源/风电\tbogus\t风电\r\n", 5,
                        "unknown kind 'bogus'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedFiles")
    void malformedFileReportsFileLineAndReason(String label, String content, int line, String reason)
            throws IOException {
        Path file = dir.resolve("bad-topics.tsv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        TopicFileException e = assertThrows(TopicFileException.class, () -> TopicTaxonomy.load(file));
        assertEquals(file.toString(), e.source());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.reason().contains(reason), "reason was: " + e.reason());
        assertTrue(e.getMessage().startsWith(file + ":" + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("bad-topics.tsv"));
    }

    @Test
    void isAnIllegalArgumentException() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TopicTaxonomy.parse("mem.tsv", "甲\tsector\t\n"));
        assertEquals("mem.tsv:1: empty keyword list for topic '甲'", e.getMessage());
    }

    @Test
    void invalidUtf8ReportsItsLine() throws IOException {
        Path file = dir.resolve("latin1.tsv");
        byte[] good = "甲\tgeneral\t苹果\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = "乙\tgeneral\tcaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[good.length + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        Files.write(file, all);
        TopicFileException e = assertThrows(TopicFileException.class, () -> TopicTaxonomy.load(file));
        assertEquals(2, e.line());
        assertEquals("line is not valid UTF-8", e.reason());
    }

    @Test
    void fileWithOnlyCommentsHasNoTopics() throws IOException {
        Path file = dir.resolve("empty.tsv");
        Files.writeString(file, "# nothing here\n\n");
        TopicFileException e = assertThrows(TopicFileException.class, () -> TopicTaxonomy.load(file));
        assertEquals(0, e.line());
        assertEquals(file + ": no topics defined (only blank or comment lines)", e.getMessage());
    }

    @Test
    void missingFileIsReportedWithItsName() {
        Path file = dir.resolve("does-not-exist.tsv");
        TopicFileException e = assertThrows(TopicFileException.class, () -> TopicTaxonomy.load(file));
        assertEquals(0, e.line());
        assertTrue(e.getMessage().startsWith(file + ": cannot read file"), e.getMessage());
    }
}
