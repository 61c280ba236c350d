package broadsheet.ingest;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Listing the input on a real local file system: every directory once, the run's own output left out. */
class InputFileListingTest {
    @TempDir
    java.nio.file.Path in;

    private FileSystem fs() throws java.io.IOException {
        // The file system Spark's settings give (raw local in tests, checksummed local otherwise): either must do.
        return new Path(in.toUri()).getFileSystem(new Configuration());
    }

    private static List<String> names(InputFile.Listing l, java.nio.file.Path root) {
        return l.files().stream().map(f -> f.getPath().substring(f.getPath().indexOf(root.getFileName().toString())
                + root.getFileName().toString().length() + 1)).toList();
    }

    private static List<String> reasons(InputFile.Listing l) {
        return l.warnings().stream().map(IngestRecord::getReason).toList();
    }

    @Test
    void aSymlinkLoopIsListedOnceWithAWarning() throws Exception {
        Files.createDirectories(in.resolve("wuxi"));
        Files.writeString(in.resolve("wuxi/2022-11-04.txt"), "a");
        Files.createSymbolicLink(in.resolve("wuxi/up"), in.resolve("wuxi").relativize(in));
        InputFile.Listing l = InputFile.list(fs(), new Path(in.toUri()));
        assertEquals(List.of("wuxi/2022-11-04.txt"), names(l, in));
        assertEquals(List.of(WarningReasons.DIRECTORY_LOOP), reasons(l));
        assertEquals(IngestRecord.WARNING, l.warnings().get(0).getKind());
    }

    @Test
    void aSecondPathToTheSameDirectoryIsNotListedAgain() throws Exception {
        Files.createDirectories(in.resolve("a"));
        Files.writeString(in.resolve("a/2022-11-04.txt"), "a");
        Files.createSymbolicLink(in.resolve("b"), in.resolve("a"));
        InputFile.Listing l = InputFile.list(fs(), new Path(in.toUri()));
        assertEquals(List.of("a/2022-11-04.txt"), names(l, in));
        assertEquals(List.of(WarningReasons.DIRECTORY_SEEN_TWICE), reasons(l));
    }

    @Test
    void theOutputDirectoryInsideTheInputIsSkippedSayingSo() throws Exception {
        Files.createDirectories(in.resolve("wuxi"));
        Files.writeString(in.resolve("wuxi/2022-11-04.txt"), "a");
        Files.createDirectories(in.resolve("out/articles/issue_month=2022-11"));
        Files.writeString(in.resolve("out/articles/issue_month=2022-11/part-0.parquet"), "PAR1");
        InputFile.Listing l = InputFile.list(fs(), new Path(in.toUri()),
                List.of(new Path(in.resolve("out").toString())));
        assertEquals(List.of("wuxi/2022-11-04.txt"), names(l, in));
        assertEquals(List.of(WarningReasons.OUTPUT_SKIPPED), reasons(l));
    }
}
