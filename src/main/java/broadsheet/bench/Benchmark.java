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
 * Throughput of Broadsheet's {@code ingest + terms} against raw HanLP on the same text, in one process:
 * <ol>
 *   <li>baseline: a plain single-threaded loop segmenting the corpus sentence by sentence with the same
 *       segmenter settings (up to {@code --baseline-chars} characters, so a 1 GB corpus does not take an hour);</li>
 *   <li>Broadsheet: ingest + segment + terms on {@code local[N]} over the whole corpus, writing Parquet.</li>
 * </ol>
 * Prints chars/s per core for both and their ratio: a ratio survives a noisy shared machine better than
 * absolute numbers. Usage: {@code Benchmark CORPUS_DIR [local[N]] [BASELINE_CHARS]}.
 */
public final class Benchmark {
    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        String master = args.length > 1 ? args[1] : "local[2]";
        long baselineChars = args.length > 2 ? Long.parseLong(args[2]) : 30_000_000L;
        int cores = master.matches("local\\[\\d+]") ? Integer.parseInt(master.replaceAll("\\D", "")) : Runtime.getRuntime().availableProcessors();

        // 1. Raw HanLP, one thread, same settings, sentence by sentence.
        List<String> sentences = sentences(corpus, baselineChars);
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
        double rawSeconds = (System.nanoTime() - t0) / 1e9;
        double rawRate = chars / rawSeconds;

        // 2. Broadsheet on local[N]: ingest + segment + terms, Parquet out.
        Path out = Files.createTempDirectory("broadsheet-bench");
        RunSummary summary = new RunSummary();
        SparkSession spark = SparkSessions.create("broadsheet-bench", master, Map.of("spark.ui.enabled", "false"));
        long t1 = System.nanoTime();
        Pipeline p = new Pipeline(spark, out.toString(), summary);
        p.ingest(corpus.toString(), 1L << 30);
        p.terms(NlpConfig.defaults(), Period.MONTH, 4 * cores);
        p.release();
        double seconds = (System.nanoTime() - t1) / 1e9;
        spark.stop();
        long corpusChars = summary.count("chars");
        double rate = corpusChars / seconds / cores;

        System.out.println();
        System.out.println("| corpus | MB | articles | chars | raw HanLP chars/s (1 thread, " + String.format("%.1f", chars / 1e6)
                + "M chars) | Broadsheet " + master + " s | Broadsheet chars/s per core | ratio | peak heap MB |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        System.out.printf("| %s | %.1f | %d | %d | %.0f | %.1f | %.0f | %.2f | %d |%n", corpus.getFileName(),
                bytes(corpus) / 1e6, summary.count("articles"), corpusChars, rawRate, seconds, rate, rate / rawRate, peakHeapMb());
        System.out.println("stage seconds: " + summary.toMap().get("elapsed_seconds"));
    }

    /** The sentences the pipeline would segment, up to {@code limit} characters. */
    static List<String> sentences(Path corpus, long limit) throws Exception {
        InputFileReader reader = new InputFileReader(1L << 30);
        List<String> out = new ArrayList<>();
        long chars = 0;
        List<Path> files;
        try (var walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
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

    private static long bytes(Path dir) throws Exception {
        try (var walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
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
