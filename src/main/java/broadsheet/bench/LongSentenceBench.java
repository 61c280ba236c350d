package broadsheet.bench;

import broadsheet.nlp.Segmenters;
import broadsheet.nlp.SentenceSplitter;
import com.hankcs.hanlp.seg.Segment;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What an article without sentence punctuation (OCR output, a dumped table) costs the segmenter, against the same
 * characters punctuated: both go through {@link SentenceSplitter} and HanLP sentence by sentence, as every stage
 * does. Text from the seed issue in {@code ../shared}, read in place, repeated to {@code MB} megabytes of UTF-8.
 * Usage: {@code LongSentenceBench [SEED_FILE] [MB] [UNCUT_CHARS]}; with UNCUT_CHARS > 0 it also times one uncut
 * unpunctuated sentence of that many characters (what every stage did before the length limit).
 */
public final class LongSentenceBench {
    private LongSentenceBench() {
    }

    public static void main(String[] args) throws Exception {
        Path seedFile = Path.of(args.length > 0 ? args[0] : "../shared/seed/wuxi-daily-2022-11-04.txt");
        if (!Files.isRegularFile(seedFile)) {
            System.err.println("LongSentenceBench: " + seedFile + " is absent: no real text to measure on");
            System.exit(2);
        }
        double mb = args.length > 1 ? Double.parseDouble(args[1]) : 2.0;
        int uncut = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        String seed = Files.readString(seedFile, StandardCharsets.UTF_8);
        String punctuated = repeatToBytes(seed.strip().replace("\r", ""), mb);
        // The same characters with every punctuation mark and line break gone: one "sentence".
        String bare = repeatToBytes(seed.replaceAll("[\\s\\p{P}]", ""), mb);

        Segment segment = Segmenters.create(List.of());
        segment.seg("预热分词器。");
        time(segment, "warm-up (punctuated)", punctuated.substring(0, punctuated.length() / 4));
        time(segment, "punctuated", punctuated);
        time(segment, "unpunctuated", bare);
        if (uncut > 0) {
            String one = bare.substring(0, Math.min(uncut, bare.length()));
            long t0 = System.nanoTime();
            segment.seg(one);
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("uncut sentence of %,d chars: %.2f s (%.1f µs/char)%n", one.length(), s, s * 1e6 / one.length());
        }
    }

    private static void time(Segment segment, String label, String text) {
        SentenceSplitter.Result split = SentenceSplitter.splitReporting(text);
        long tokens = 0;
        long t0 = System.nanoTime();
        for (SentenceSplitter.Span span : split.spans()) {
            tokens += Segmenters.tokens(segment, span.of(text)).size();
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%-22s %,9d chars %,7.2f MB  %,6d sentences (%d cut, longest %,d)  %,8d tokens  %6.2f s  %5.1f µs/char%n",
                label, text.length(), text.getBytes(StandardCharsets.UTF_8).length / 1e6, split.spans().size(), split.cut(),
                split.longest(), tokens, s, s * 1e6 / text.length());
    }

    private static String repeatToBytes(String unit, double mb) {
        long target = (long) (mb * 1_000_000);
        StringBuilder sb = new StringBuilder();
        long bytes = 0;
        long unitBytes = unit.getBytes(StandardCharsets.UTF_8).length;
        while (bytes < target) {
            sb.append(unit);
            bytes += unitBytes;
        }
        return sb.toString();
    }
}
