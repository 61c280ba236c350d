package broadsheet.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad options fail at once, before Spark starts, with one line naming the problem and exit code 2. */
class MainTest {
    private record Result(int code, String err) {
    }

    private static Result run(String... args) {
        var cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        return new Result(cl.execute(args), err.toString());
    }

    @Test
    void missingInputDirectory(@TempDir Path tmp) {
        Result r = run("all", "--input", tmp.resolve("nope").toString(), "--output", tmp.resolve("out").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("broadsheet: error: --input " + tmp.resolve("nope") + ": no such directory"), r.err());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void inputThatIsAFile(@TempDir Path tmp) throws Exception {
        Path f = Files.writeString(tmp.resolve("f.txt"), "x");
        Result r = run("ingest", "--input", f.toString(), "--output", tmp.resolve("out").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("not a directory"), r.err());
    }

    @Test
    void badOptionValues(@TempDir Path tmp) throws Exception {
        String in = tmp.toString();
        String out = tmp.resolve("out").toString();
        assertTrue(run("all", "--input", in, "--output", out, "--period", "week").err().contains("--period week: expected day, month or year"));
        assertTrue(run("all", "--input", in, "--output", out, "--max-file-size", "lots").err().contains("'lots' is not a size"));
        assertTrue(run("all", "--input", in, "--output", out, "--min-term-length", "0").err().contains("--min-term-length must be at least 1"));
        assertTrue(run("all", "--input", in, "--output", out, "--mode", "sometimes").err().contains("--mode sometimes: expected full or incremental"));
        assertTrue(run("all", "--input", in).err().contains("--output"));
        assertTrue(run("all", "--output", out).err().contains("--input"));
        assertTrue(run("frobnicate").err().contains("frobnicate"));
        Path dict = Files.writeString(tmp.resolve("words.dict"), "卓胜微 nt 1000\nSK海力士 bogus 10\n");
        Result r = run("all", "--input", in, "--output", out, "--dict", dict.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(dict + ":2: unknown part of speech 'bogus'"), r.err());
        assertTrue(run("all", "--input", in, "--output", out, "--stopwords", tmp.resolve("none.txt").toString()).err().contains("no such readable file"));
    }

    @Test
    void pairsIncludeReportersIsAnOffByDefaultFlag(@TempDir Path tmp) {
        PipelineCommand entities = (PipelineCommand) Main.commandLine()
                .parseArgs("entities", "--output", tmp.toString(), "--pairs-include-reporters").subcommand().commandSpec().userObject();
        assertTrue(entities.pairsIncludeReporters);
        PipelineCommand all = (PipelineCommand) Main.commandLine()
                .parseArgs("all", "--input", tmp.toString(), "--output", tmp.toString()).subcommand().commandSpec().userObject();
        assertFalse(all.pairsIncludeReporters);
        // A value is an error, reported before Spark starts (no output directory is made).
        Path out = tmp.resolve("out");
        Result r = run("all", "--input", tmp.toString(), "--output", out.toString(), "--pairs-include-reporters=sometimes");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("broadsheet: error: ") && r.err().contains("--pairs-include-reporters"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void termsNeedsArticlesInTheOutput(@TempDir Path tmp) {
        Result r = run("terms", "--output", tmp.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("has no 'articles' table: run 'broadsheet ingest' first"), r.err());
    }

    @Test
    void incrementalModeNeedsACommandThatReadsInput(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(tmp.resolve("articles/_SUCCESS"), "");
        for (String command : new String[] {"terms", "entities", "investments"}) {
            Result r = run(command, "--output", tmp.toString(), "--mode", "incremental");
            assertEquals(2, r.code(), command);
            assertTrue(r.err().startsWith("broadsheet: error: --mode incremental needs a command that reads --input (all, ingest): '"
                    + command + "' recomputes its tables from every article, run it with --mode full"), r.err());
        }
    }

    /** An output that an incremental run cannot build on is refused before Spark starts, saying what to run instead. */
    @Test
    void incrementalModeRefusesAnOutputItCannotExtend(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        Path in = Files.createDirectories(tmp.resolve("in"));
        String[] all = {"all", "--mode", "incremental", "--input", in.toString(), "--output", out.toString()};
        for (String t : new String[] {"articles", "rejects", "warnings", "term_frequencies", "term_summary",
                "entities", "entity_cooccurrence", "entity_summary", "investments"}) {
            Files.createDirectories(out.resolve(t));
            Files.writeString(out.resolve(t).resolve("_SUCCESS"), "");
        }
        Result r = run(all);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("has no _state/lineage.json (written before --mode incremental existed, or not by Broadsheet): run once with --mode full"), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("broadsheet: error:")).count(), r.err());

        // 'broadsheet ingest' ran alone since the last 'all': entities were computed from older articles.
        Files.createDirectories(out.resolve("_state"));
        Files.writeString(out.resolve("_state/lineage.json"),
                "{\"articles\": \"v2\", \"terms\": \"v2\", \"entities\": \"v1\", \"investments\": \"v2\"}");
        r = run(all);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("the entities tables were not computed from its current articles"), r.err());
        assertTrue(r.err().contains("run 'broadsheet entities' on it, or use --mode full"), r.err());

        Files.writeString(out.resolve("_state/lineage.json"),
                "{\"articles\": \"v2\", \"terms\": \"v2\", \"entities\": \"v2\", \"investments\": \"v2\"}");
        r = run(all);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("has no complete 'topic_investment_totals' table: run with --mode full"), r.err());

        // Term tables of the layout before term_frequencies had pos_counts.
        Files.createDirectories(out.resolve("topic_investment_totals"));
        Files.writeString(out.resolve("topic_investment_totals/_SUCCESS"), "");
        Files.createDirectories(out.resolve("_state/issue_terms"));
        r = run(all);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("has term tables in an earlier layout (_state/issue_terms; term_frequencies without pos_counts): run once with --mode full"), r.err());
        Files.delete(out.resolve("_state/issue_terms"));

        Files.createDirectories(out.resolve("_staging"));
        Files.writeString(out.resolve("_staging/_PUBLISHING"), "articles");
        r = run("ingest", "--mode", "incremental", "--input", in.toString(), "--output", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("an incremental run was interrupted while replacing tables (_staging/_PUBLISHING is left): rerun with --mode full"), r.err());
    }

    @Test
    void sizes() {
        assertEquals(64L << 20, ByteSize.parse("64MB"));
        assertEquals(512L << 10, ByteSize.parse("512k"));
        assertEquals(1L << 30, ByteSize.parse("1g"));
        assertEquals(1000L, ByteSize.parse("1000"));
        assertEquals(2L << 30, ByteSize.parse("2GiB"));
    }
}
