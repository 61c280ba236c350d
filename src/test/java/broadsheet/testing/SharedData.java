package broadsheet.testing;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real data in ../shared (seed issue, People's Daily corpus). Not ours, never copied into the repo:
 * tests that need it read it in place and are skipped, saying why, when it is absent.
 */
public final class SharedData {
    private SharedData() {
    }

    public static Path root() {
        return Path.of(System.getProperty("broadsheet.shared", "../shared")).toAbsolutePath().normalize();
    }

    public static Path require(String relative) {
        Path p = root().resolve(relative);
        Assumptions.assumeTrue(Files.isReadable(p), "shared data absent, test skipped: " + p);
        return p;
    }

    public static Path sampleCorpus() {
        return Path.of("src/sample/corpus").toAbsolutePath();
    }
}
