package broadsheet.cli;

import broadsheet.entities.EntityExtractor;
import broadsheet.io.OutputState;
import broadsheet.io.RunSummary;
import broadsheet.nlp.NlpConfig;
import broadsheet.terms.Period;
import broadsheet.testing.Duck;
import broadsheet.testing.SparkTestSession;
import broadsheet.topics.TopicMatcher;
import broadsheet.topics.TopicTaxonomy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --mode incremental}: a full run of corpus A followed by an incremental run over the archive grown by
 * corpus B gives the tables, row for row, of a full run over A+B; months B does not touch keep their files;
 * a rerun with nothing new changes no row; a full rerun replaces everything. One archive directory (A, then A+B)
 * serves every test so that {@code input_path} is the same in every run; the tests run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IncrementalTest {
    static final List<String> TABLES = List.of("articles", "rejects", "warnings", "term_frequencies", "term_summary",
            "entities", "entity_cooccurrence", "entity_summary", "investments", "topic_investment_totals");
    static final List<String> PARTITIONED = List.of("articles", "term_frequencies", "entities", "investments");

    static Path root;
    static Path archive;
    /** Full run of A, then incremental runs. */
    static Path incremental;
    /** A copy of the full run of A, for a run of its own. */
    static Path afterA;
    /** Full run of A+B: the reference. */
    static Path reference;

    @BeforeAll
    static void corpusA() throws IOException {
        root = Files.createTempDirectory("broadsheet-incremental");
        archive = Files.createDirectories(root.resolve("archive"));
        incremental = root.resolve("incremental");
        reference = root.resolve("reference");
        afterA = root.resolve("after-a");
        Corpus.writeA(archive);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static RunSummary run(Pipeline.Mode mode, Path input, Path output) throws Exception {
        RunSummary s = new RunSummary();
        Pipeline p = new Pipeline(SparkTestSession.get(), output.toString(), s, mode);
        p.checkIncremental(List.of("ingest", "terms", "entities", "investments"));
        p.ingest(input.toString(), 64 << 20);
        p.analyse(Pipeline.Analysis.all(NlpConfig.defaults(), Period.MONTH, 2, broadsheet.entities.EntityExtractor.defaults(),
                new TopicMatcher(TopicTaxonomy.loadDefault())));
        p.finish();
        p.release();
        return s;
    }

    @Test
    @Order(1)
    void incrementalRunAddsTheNewIssuesAsAFullRunWould() throws Exception {
        run(Pipeline.Mode.FULL, archive, incremental);
        assertEquals(List.of("issue_month=2024-03", "issue_month=2024-04", "issue_month=undated"), partitions(incremental.resolve("articles")));
        Map<String, Map<String, String>> march = new TreeMap<>();
        Map<String, Map<String, String>> april = new TreeMap<>();
        for (String t : PARTITIONED) {
            march.put(t, files(incremental.resolve(t).resolve("issue_month=2024-03")));
            april.put(t, files(incremental.resolve(t).resolve("issue_month=2024-04")));
            assertFalse(march.get(t).isEmpty(), t);
        }
        long marchRows = Duck.count(incremental, "SELECT count(*) FROM articles WHERE issue_month = '2024-03'");
        String marchEntities = Duck.query(incremental, MARCH_ENTITIES).toString();
        assertEquals(List.of("issue_month=2024-03", "issue_month=2024-04", "issue_month=undated"), partitions(incremental.resolve("entities")));
        copy(incremental, afterA);

        Corpus.writeB(archive);
        RunSummary s = run(Pipeline.Mode.INCREMENTAL, archive, incremental);
        run(Pipeline.Mode.FULL, archive, reference);
        assertSameRows(reference, incremental);

        // B: one issue in April (a month A has), two in June (a new month), one undated file.
        assertEquals(3, s.count("issues_new"));
        assertEquals(4, s.count("articles_new"));
        assertEquals(1, s.count("undated_articles_reprocessed"));
        assertEquals(5, s.count("issues_skipped_existing"));
        assertEquals(5, s.count("files_skipped_known_issue"));
        assertEquals(4, s.count("files_with_articles"));
        assertEquals(1, s.count("files_rejected"));
        assertEquals(10, s.count("files_listed"));
        assertEquals(Boolean.TRUE, ((Map<?, ?>) s.toMap().get("reconciliation")).get("files_ok"));
        assertEquals(List.of("2024-04", "2024-06", "undated"), s.toMap().get("issue_months_rewritten"));
        // Counts describe the tables as they now are, not just this run's rows.
        assertEquals(Duck.count(reference, "SELECT count(*) FROM articles"), s.count("articles"));
        assertEquals(Duck.count(reference, "SELECT count(*) FROM rejects"), s.count("rejects"));
        // Known issues are skipped, not rejected: the rejects are those of the full run (the empty file, the bad JSON lines).
        assertEquals(List.of("empty", "malformed_json", "malformed_json"),
                Duck.query(incremental, "SELECT reason FROM rejects ORDER BY reason").stream().map(r -> r.get("reason")).toList());

        for (String t : PARTITIONED) {
            assertEquals(march.get(t), files(incremental.resolve(t).resolve("issue_month=2024-03")), t + ": a month without new issues keeps its files");
            assertNotEquals(april.get(t), files(incremental.resolve(t).resolve("issue_month=2024-04")), t + ": April has a new issue");
            assertTrue(Files.isDirectory(incremental.resolve(t).resolve("issue_month=2024-06")), t);
        }
        assertEquals(marchRows, Duck.count(incremental, "SELECT count(*) FROM articles WHERE issue_month = '2024-03'"));
        // entities: March (no new issue) keeps its files and rows; June, a new month, has its own partition.
        assertEquals(List.of("issue_month=2024-03", "issue_month=2024-04", "issue_month=2024-06", "issue_month=undated"),
                partitions(incremental.resolve("entities")));
        assertEquals(marchEntities, Duck.query(incremental, MARCH_ENTITIES).toString());
        assertTrue(Duck.count(incremental, "SELECT count(*) FROM entities WHERE issue_month = '2024-06'") > 0);
        assertEquals(0, Duck.count(incremental, "SELECT count(*) FROM entities WHERE issue_month <> coalesce(strftime(issue_date, '%Y-%m'), 'undated')"));
        assertEquals(List.of(Map.of("m", "2024-04", "n", 2L), Map.of("m", "2024-06", "n", 2L), Map.of("m", "undated", "n", 2L)),
                Duck.query(incremental, "SELECT issue_month m, count(*) n FROM articles WHERE issue_month <> '2024-03' GROUP BY ALL ORDER BY m"));
        assertFalse(Files.exists(incremental.resolve("_staging")), "staging is deleted at the end of the run");
    }

    @Test
    @Order(2)
    void incrementalRerunWithNothingNewChangesNothing() throws Exception {
        Map<String, Map<String, String>> before = new TreeMap<>();
        for (String t : List.of("articles", "term_frequencies", "investments", "entities")) {
            before.put(t, files(incremental.resolve(t)));
        }
        Map<String, String> rows = rows(incremental);

        RunSummary s = run(Pipeline.Mode.INCREMENTAL, archive, incremental);
        assertEquals(0, s.count("issues_new"));
        assertEquals(0, s.count("articles_new"));
        assertEquals(9, s.count("files_skipped_known_issue"));
        assertEquals(0, s.count("files_with_articles"));
        assertEquals(List.of(), s.toMap().get("issue_months_rewritten"));
        assertEquals(rows, rows(incremental));
        for (var e : before.entrySet()) {
            assertEquals(e.getValue(), files(incremental.resolve(e.getKey())), e.getKey() + " is not rewritten");
        }

        // A known issue delivered again (other text, other place): skipped and counted, not a reject, nothing changes.
        Path late = Files.createDirectories(root.resolve("late/lakeside-daily"));
        Files.writeString(late.resolve("2024-03-04.txt"), Corpus.ISSUE_MARCH_11.replace("3月10日", "3月3日"));
        s = run(Pipeline.Mode.INCREMENTAL, root.resolve("late"), incremental);
        assertEquals(1, s.count("files_listed"));
        assertEquals(1, s.count("files_skipped_known_issue"));
        assertEquals(1, s.count("issues_skipped_existing"));
        assertEquals(0, s.count("issues_new"));
        assertEquals(Boolean.TRUE, ((Map<?, ?>) s.toMap().get("reconciliation")).get("files_ok"));
        assertEquals(rows, rows(incremental));
    }

    @Test
    @Order(3)
    void fullRerunReplacesEverything() throws Exception {
        // What versions before term_frequencies had pos_counts kept: an incremental run refuses it, a full run removes it.
        Files.createDirectories(incremental.resolve("_state/issue_terms/issue_month=2022-11"));
        RunSummary s = run(Pipeline.Mode.FULL, archive, incremental);
        assertFalse(Files.exists(incremental.resolve("_state/issue_terms")));
        assertEquals(0, s.count("files_skipped_known_issue"));
        assertSameRows(reference, incremental);
        assertEquals(Duck.count(incremental, "SELECT count(*) FROM articles"),
                Duck.count(incremental, "SELECT count(DISTINCT article_id) FROM articles"));
        assertEquals(Duck.count(incremental, "SELECT count(*) FROM term_frequencies"),
                Duck.count(incremental, "SELECT count(DISTINCT (source, issue_date, term)) FROM term_frequencies"));
        assertEquals(Duck.count(incremental, "SELECT count(*) FROM investments"),
                Duck.count(incremental, "SELECT count(DISTINCT mention_id) FROM investments"));
        assertEquals(0, Duck.count(incremental, "SELECT count(*) FROM term_frequencies WHERE tf <> list_sum(list_transform(pos_counts, lambda c: c.tf))"));
    }

    /**
     * A run that stops after writing some tables but before {@code articles} (its record of the issues done) has not
     * added its issues: the next incremental run adds them again and replaces, not duplicates, what was written.
     * The second run is the {@code broadsheet} command in its own JVM, as a user runs it.
     */
    @Test
    @Order(4)
    void runStoppedBeforeItsEndIsRedoneByTheNextIncrementalRun() throws Exception {
        Path out = afterA;
        Pipeline p = new Pipeline(SparkTestSession.get(), out.toString(), new RunSummary(), Pipeline.Mode.INCREMENTAL);
        p.ingest(archive.toString(), 64 << 20);
        p.analyse(Pipeline.Analysis.all(NlpConfig.defaults(), Period.MONTH, 2, broadsheet.entities.EntityExtractor.defaults(),
                new TopicMatcher(TopicTaxonomy.loadDefault())));
        p.release();
        // Stopped here, before finish(): the new June issues are in term_frequencies, not in articles.
        assertTrue(Duck.count(out, "SELECT count(*) FROM term_frequencies WHERE issue_month = '2024-06'") > 0);
        assertEquals(0, Duck.count(out, "SELECT count(*) FROM articles WHERE issue_month = '2024-06'"));

        Path log = root.resolve("cli.log");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String flag : Files.readAllLines(Path.of("jobs/spark-jvm-flags"))) {
            if (!flag.isBlank()) {
                cmd.add(flag.strip());
            }
        }
        cmd.addAll(List.of("-Xmx1g", "-cp", System.getProperty("java.class.path"), "broadsheet.cli.Main", "all",
                "--mode", "incremental", "--master", "local[2]", "--conf", "spark.sql.shuffle.partitions=2",
                "--input", archive.toString(), "--output", out.toString()));
        Process proc = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(proc.waitFor(5, TimeUnit.MINUTES), "broadsheet all --mode incremental did not finish in 5 minutes");
        assertEquals(0, proc.exitValue(), Files.readString(log));
        JsonNode summary = new ObjectMapper().readTree(out.resolve("_run.json").toFile());
        assertEquals("incremental", summary.get("mode").asText());
        assertEquals(3, summary.get("counts").get("issues_new").asLong());
        assertSameRows(reference, out);
    }

    @Test
    @Order(5)
    void incrementalRunIntoAnEmptyOutputIsAFullRun() throws Exception {
        Path out = root.resolve("fresh");
        RunSummary s = run(Pipeline.Mode.INCREMENTAL, archive, out);
        assertEquals("full: --output has no articles yet", s.toMap().get("mode_applied"));
        assertSameRows(reference, out);
    }

    /**
     * {@code ingest --mode incremental} alone adds issues to articles only: the other stages' tables are behind from
     * then on, and an incremental {@code all} is refused (it would never add those issues to them) until each stage
     * has run again.
     */
    @Test
    @Order(6)
    void incrementalIngestAloneLeavesTheOtherStagesBehindUntilTheyRun() throws Exception {
        Path out = root.resolve("ingest-alone");
        copy(reference, out);
        Path extra = Files.createDirectories(root.resolve("extra/lakeside-daily"));
        Files.writeString(extra.resolve("2024-07-01.txt"), Corpus.ISSUE_MARCH_11.replace("3月10日", "6月30日"));
        List<String> every = List.of("ingest", "terms", "entities", "investments");
        OutputState state = new OutputState(out.toString(), SparkTestSession.get().sparkContext().hadoopConfiguration());
        assertEquals(Optional.empty(), state.incrementalProblem(out.toString(), every));

        RunSummary s = new RunSummary();
        Pipeline p = new Pipeline(SparkTestSession.get(), out.toString(), s, Pipeline.Mode.INCREMENTAL);
        p.ingest(root.resolve("extra").toString(), 64 << 20);
        p.finish();
        assertEquals(1, s.count("issues_new"));
        assertEquals(1, Duck.count(out, "SELECT count(*) FROM articles WHERE issue_month = '2024-07'"));
        // Rows of files not read in this run stay.
        assertEquals(Duck.count(reference, "SELECT count(*) FROM rejects"), Duck.count(out, "SELECT count(*) FROM rejects"));
        assertEquals(Optional.empty(), state.incrementalProblem(out.toString(), List.of("ingest")));
        assertTrue(state.incrementalProblem(out.toString(), every).orElseThrow()
                .contains("the terms, entities, investments tables were not computed from its current articles"));

        p = new Pipeline(SparkTestSession.get(), out.toString(), new RunSummary());
        p.terms(NlpConfig.defaults(), Period.MONTH, 2);
        p.entities(EntityExtractor.defaults(), NlpConfig.defaults(), Period.MONTH, 2);
        assertTrue(state.incrementalProblem(out.toString(), every).orElseThrow().contains("the investments tables were not computed"));
        p.investments(new TopicMatcher(TopicTaxonomy.loadDefault()), Period.MONTH);
        p.release();
        assertEquals(Optional.empty(), state.incrementalProblem(out.toString(), every));
        // The July issue is the 2024-03-11 one with another date: the same terms.
        String terms = "SELECT term, tf, df FROM term_frequencies WHERE source = 'lakeside-daily' AND issue_date = DATE '%s' ORDER BY ALL";
        assertEquals(Duck.query(out, terms.formatted("2024-03-11")), Duck.query(out, terms.formatted("2024-07-01")));
        assertTrue(Duck.query(out, terms.formatted("2024-07-01")).size() > 10);
    }

    /**
     * An output whose {@code entities} was written unpartitioned (before it was partitioned by {@code issue_month}) is
     * refused for incremental runs: replacing some months would leave the old files beside them.
     */
    @Test
    @Order(7)
    void anOutputWithAnUnpartitionedEntitiesTableNeedsAFullRun() throws Exception {
        Path out = root.resolve("unpartitioned-entities");
        copy(reference, out);
        var spark = SparkTestSession.get();
        spark.read().parquet(reference.resolve("entities").toString()).drop("issue_month")
                .write().mode(org.apache.spark.sql.SaveMode.Overwrite).parquet(out.resolve("entities").toString());
        OutputState state = new OutputState(out.toString(), spark.sparkContext().hadoopConfiguration());
        String problem = state.incrementalProblem(out.toString(), List.of("ingest", "terms", "entities", "investments")).orElseThrow();
        assertTrue(problem.contains("'entities' was written unpartitioned") && problem.endsWith("run once with --mode full"), problem);
        assertEquals(Optional.empty(), state.incrementalProblem(out.toString(), List.of("ingest", "terms", "investments")));
    }

    // -----------------------------------------------------------------------------------------------------------

    static final String MARCH_ENTITIES = "SELECT * FROM entities WHERE issue_month = '2024-03' ORDER BY ALL";

    static void assertSameRows(Path expected, Path actual) {
        Map<String, String> e = rows(expected);
        Map<String, String> a = rows(actual);
        for (String t : e.keySet()) {
            assertNotEquals("[]", e.get(t), t + " has rows in this corpus");
            assertEquals(e.get(t), a.get(t), t);
        }
    }

    /** Every table's rows in one order, as text. */
    static Map<String, String> rows(Path out) {
        Map<String, String> m = new TreeMap<>();
        for (String t : TABLES) {
            m.put(t, Duck.query(out, "SELECT * FROM " + t + " ORDER BY ALL").toString());
        }
        return m;
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path f : s.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    static List<String> partitions(Path table) throws IOException {
        try (Stream<Path> s = Files.list(table)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    /** Relative path to modification time of every file under {@code dir}. */
    static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                m.put(dir.relativize(f).toString(), Files.getLastModifiedTime(f).toString());
            }
        }
        return m;
    }
}
