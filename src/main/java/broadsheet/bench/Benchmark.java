package broadsheet.bench;

import broadsheet.cli.Pipeline;
import broadsheet.ingest.IngestRecord;
import broadsheet.ingest.InputFileReader;
import broadsheet.io.RunSummary;
import broadsheet.io.SparkSessions;
import broadsheet.nlp.NlpConfig;
import broadsheet.nlp.Segmenters;
import broadsheet.nlp.SentenceSplitter;
import broadsheet.terms.Period;
import com.hankcs.hanlp.seg.Segment;
import org.apache.spark.sql.SparkSession;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The parts of {@code jobs/bench}, each a mode of one main class, so the script can time them as whole processes:
 * <ul>
 *   <li>{@code raw CORPUS [LIMIT]}: the baseline, a plain single-threaded loop segmenting the corpus's article text
 *       sentence by sentence with the same segmenter settings (up to LIMIT characters, default 30 M);</li>
 *   <li>{@code stages CORPUS [local[N]]}: Broadsheet's ingest + terms on local[N] in this JVM, writing Parquet
 *       (stages only: JVM and Spark start not included);</li>
 *   <li>{@code text CORPUS FILE}: the same article text, one article per line, for other tools (jieba).</li>
 * </ul>
 * Each prints one line {@code bench <mode> chars=… seconds=… chars_per_s=…}: ratios of runs on the same text survive a
 * noisy shared machine better than absolute numbers.
 */
public final class Benchmark {
    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path corpus = Path.of(args[1]);
        switch (mode) {
            case "raw" -> raw(corpus, args.length > 2 ? Long.parseLong(args[2]) : 30_000_000L);
            case "stages" -> stages(corpus, args.length > 2 ? args[2] : "local[2]");
            case "text" -> text(corpus, Path.of(args[2]));
            default -> throw new IllegalArgumentException("mode " + mode + ": expected raw, stages or text");
        }
    }

    private static void raw(Path corpus, long limit) throws Exception {
        List<String> sentences = sentences(corpus, limit);
        Segment raw = Segmenters.create(List.of());
        for (int i = 0; i < Math.min(2000, sentences.size()); i++) {
            raw.seg(sentences.get(i)); // warm-up: JIT and lazily loaded dictionaries
        }
        long chars = 0;
        long t0 = System.nanoTime();
        for (String s : sentences) {
            raw.seg(s);
            chars += s.length();
        }
        report("raw", chars, (System.nanoTime() - t0) / 1e9, "");
    }

    private static void stages(Path corpus, String master) throws Exception {
        Path out = Files.createTempDirectory("broadsheet-bench");
        RunSummary summary = new RunSummary();
        SparkSession spark = SparkSessions.create("broadsheet-bench", master, Map.of("spark.ui.enabled", "false"));
        long t1 = System.nanoTime();
        Pipeline p = new Pipeline(spark, out.toString(), summary);
        p.ingest(corpus.toString(), 1L << 30);
        p.terms(NlpConfig.defaults(), Period.MONTH, Pipeline.Analysis.AUTO_PARTITIONS);
        double seconds = (System.nanoTime() - t1) / 1e9;
        spark.stop();
        report("stages", summary.count("chars"), seconds, "articles=" + summary.count("articles") + " peak_heap_mb=" + peakHeapMb()
                + " stage_seconds=" + summary.toMap().get("elapsed_seconds").toString().replace(" ", ""));
    }

    private static void text(Path corpus, Path file) throws Exception {
        InputFileReader reader = new InputFileReader(1L << 30);
        long chars = 0;
        try (var w = Files.newBufferedWriter(file)) {
            for (Path f : files(corpus)) {
                for (IngestRecord r : reader.read(f.toString(), corpus.relativize(f).toString(), Files.readAllBytes(f))) {
                    if (r.getText() != null) {
                        // One article per line; its paragraph breaks become the sentence breaks the splitter makes of them.
                        w.write(r.getText().replace('\n', '\u3002'));
                        w.newLine();
                        chars += r.getText().length();
                    }
                }
            }
        }
        report("text", chars, 0, "file=" + file);
    }

    private static void report(String mode, long chars, double seconds, String extra) {
        System.out.printf(java.util.Locale.ROOT, "bench %s chars=%d seconds=%.3f chars_per_s=%.0f %s%n", mode, chars, seconds,
                seconds > 0 ? chars / seconds : 0.0, extra);
    }

    private static List<Path> files(Path corpus) throws Exception {
        try (var walk = Files.walk(corpus)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** The sentences the pipeline would segment, up to {@code limit} characters. */
    static List<String> sentences(Path corpus, long limit) throws Exception {
        InputFileReader reader = new InputFileReader(1L << 30);
        List<String> out = new ArrayList<>();
        long chars = 0;
        for (Path f : files(corpus)) {
            for (IngestRecord r : reader.read(f.toString(), corpus.relativize(f).toString(), Files.readAllBytes(f))) {
                if (r.getText() == null) {
                    continue;
                }
                for (String s : SentenceSplitter.sentences(r.getText())) {
                    out.add(s);
                    chars += s.length();
                    if (chars >= limit) {
                        return out;
                    }
                }
            }
        }
        return out;
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
