package broadsheet.cli;

import broadsheet.testing.Duck;
import broadsheet.testing.SharedData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code broadsheet all} on the sample corpus in its own JVM, as a user runs it, twice into the same output. */
class EndToEndTest {
    @Test
    void allCommandOnTheSampleCorpus(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        run(out, tmp.resolve("log1.txt"));
        JsonNode summary = new ObjectMapper().readTree(out.resolve("_run.json").toFile());
        assertEquals("all", summary.get("command").asText());
        assertTrue(summary.get("reconciliation").get("files_ok").asBoolean());
        long articles = summary.get("counts").get("articles").asLong();
        assertEquals(12, articles);
        for (String stage : List.of("ingest", "segment", "terms", "investments")) {
            assertTrue(summary.get("elapsed_seconds").has(stage), stage);
        }
        String firstTerms = Duck.query(out, "SELECT term, tf FROM term_summary ORDER BY source, period, rank").toString();
        String firstInvestments = Duck.query(out, "SELECT * FROM read_parquet('" + out + "/investments/*.parquet') ORDER BY mention_id").toString();

        // A rerun replaces: same rows, no duplicates, no stale files.
        run(out, tmp.resolve("log2.txt"));
        assertEquals(articles, Duck.count(out, "SELECT count(*) FROM articles"));
        assertEquals(firstTerms, Duck.query(out, "SELECT term, tf FROM term_summary ORDER BY source, period, rank").toString());
        assertEquals(firstInvestments, Duck.query(out, "SELECT * FROM read_parquet('" + out + "/investments/*.parquet') ORDER BY mention_id").toString());
    }

    private static void run(Path out, Path log) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String flag : Files.readAllLines(Path.of("jobs/spark-jvm-flags"))) {
            if (!flag.isBlank()) {
                cmd.add(flag.strip());
            }
        }
        cmd.addAll(List.of("-Xmx2g", "-cp", System.getProperty("java.class.path"), "broadsheet.cli.Main", "all",
                "--master", "local[2]", "--input", SharedData.sampleCorpus().toString(), "--output", out.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "broadsheet all did not finish in 5 minutes");
        assertEquals(0, p.exitValue(), Files.readString(log));
    }
}
