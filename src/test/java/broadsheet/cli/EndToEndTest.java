package broadsheet.cli;

import broadsheet.testing.Duck;
import broadsheet.testing.SampleRun;
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

/**
 * {@code broadsheet all} on the sample corpus in its own JVM, as a user runs it; its tables must equal those of
 * the in-process run (the same rows from another process: deterministic). Reruns replacing rather than adding
 * are tested in IngestSparkTest.
 */
class EndToEndTest {
    @Test
    void allCommandOnTheSampleCorpus(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        run(out, tmp.resolve("log.txt"));
        JsonNode summary = new ObjectMapper().readTree(out.resolve("_run.json").toFile());
        assertEquals("all", summary.get("command").asText());
        assertTrue(summary.get("reconciliation").get("files_ok").asBoolean());
        assertTrue(summary.get("reconciliation").get("records_ok").asBoolean(), summary.get("reconciliation").toString());
        long articles = summary.get("counts").get("articles").asLong();
        assertEquals(12, articles);
        for (String stage : List.of("ingest", "analyse", "terms", "entities", "investments")) {
            assertTrue(summary.get("elapsed_seconds").has(stage), stage);
        }
        // What Spark did, from the listener: tasks ran, the term tables shuffled, the executor reported its heap.
        JsonNode spark = summary.get("spark");
        assertTrue(spark.get("tasks").asLong() > 10, spark.toString());
        assertEquals(0, spark.get("failed_tasks").asLong(), spark.toString());
        assertTrue(spark.get("shuffle_write_bytes").asLong() > 0, spark.toString());
        assertTrue(spark.get("output_bytes").asLong() > 0, spark.toString());
        assertTrue(spark.get("task_cpu_seconds").asDouble() > 0, spark.toString());
        // Deterministic: the same rows as the in-process run of the same stages over the same corpus.
        Path other = SampleRun.output();
        for (String table : List.of("articles", "term_frequencies", "term_summary", "entities", "entity_cooccurrence", "entity_summary",
                "investments", "topic_investment_totals", "rejects", "warnings")) {
            String all = "SELECT * FROM " + table + " ORDER BY ALL";
            assertEquals(Duck.query(other, all).toString(), Duck.query(out, all).toString(), table);
        }
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
