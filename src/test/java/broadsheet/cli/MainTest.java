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
    void sizes() {
        assertEquals(64L << 20, ByteSize.parse("64MB"));
        assertEquals(512L << 10, ByteSize.parse("512k"));
        assertEquals(1L << 30, ByteSize.parse("1g"));
        assertEquals(1000L, ByteSize.parse("1000"));
        assertEquals(2L << 30, ByteSize.parse("2GiB"));
    }
}
