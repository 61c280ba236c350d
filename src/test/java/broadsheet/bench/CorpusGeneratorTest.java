package broadsheet.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generator recombines the sample corpus (our own fixture) into issues of two sources, every N days. */
class CorpusGeneratorTest {
    private static final Path SAMPLE = Path.of("src/sample/corpus/taihu-daily");

    @Test
    void issuesEveryFourteenDaysSpreadASmallCorpusOverMonths(@TempDir Path out) throws Exception {
        CorpusGenerator.Stats stats = new CorpusGenerator(SAMPLE).generate(out, 200_000, 7L, 14);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertEquals(stats.files(), files.size());
        List<Path> sources = files.stream().map(Path::getParent).distinct().toList();
        assertEquals(2, sources.size(), "two papers");
        for (Path source : sources) {
            List<LocalDate> days = files.stream().filter(f -> f.getParent().equals(source))
                    .map(f -> LocalDate.parse(f.getFileName().toString().replace(".txt", ""))).toList();
            assertEquals(LocalDate.of(2010, 1, 1), days.get(0));
            for (int i = 1; i < days.size(); i++) {
                assertEquals(14, ChronoUnit.DAYS.between(days.get(i - 1), days.get(i)));
            }
        }
        assertTrue(stats.bytes() >= 200_000);
    }

    @Test
    void sameSeedSameCorpusAndDailyByDefault(@TempDir Path tmp) throws Exception {
        CorpusGenerator g = new CorpusGenerator(SAMPLE);
        g.generate(tmp.resolve("a"), 100_000, 3L);
        g.generate(tmp.resolve("b"), 100_000, 3L, 1);
        Path a = tmp.resolve("a/bench-daily-01/2010-01-02.txt");
        assertTrue(Files.exists(a), "one issue a day");
        assertEquals(Files.readString(a), Files.readString(tmp.resolve("b/bench-daily-01/2010-01-02.txt")));
    }

    @Test
    void refusesAStepBelowOneDay(@TempDir Path out) throws Exception {
        CorpusGenerator g = new CorpusGenerator(SAMPLE);
        assertThrows(IllegalArgumentException.class, () -> g.generate(out, 1_000, 1L, 0));
    }
}
