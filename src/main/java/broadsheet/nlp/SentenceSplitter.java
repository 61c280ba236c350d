package broadsheet.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits article text into sentences on {@code 。！？；} and their ASCII forms, and at paragraph ends.
 * Closing quotes and brackets that follow a terminator stay with their sentence ({@code 他说：“好。”}).
 * Offsets are into the article text, so entities and amounts can point back at it.
 * <p>
 * No sentence is longer than {@link #MAX_SENTENCE_CHARS}: every stage segments sentence by sentence, and HanLP's
 * cost turns super-linear on very long input (a 1.5 M-character unpunctuated OCR page kept one task in its
 * organisation recognition for minutes). An overlong sentence is cut after the last comma-like mark
 * ({@code ，,、：:}) inside the limit, else after the last space, else hard at the limit.
 */
public final class SentenceSplitter {
    /**
     * Longest sentence handed on. The longest real sentences are lists (People's Daily 1998-01: 1,019 characters,
     * a list of delegates; the seed issue: 185), so normal text is never cut. HanLP costs 15-35 µs a character
     * up to 32,000 characters of one sentence and grows super-linearly beyond about 64,000.
     */
    public static final int MAX_SENTENCE_CHARS = 2048;

    private SentenceSplitter() {
    }

    /** One sentence: {@code text.substring(start, end)}. */
    public record Span(int start, int end) {
        public String of(String text) {
            return text.substring(start, end);
        }
    }

    /**
     * Sentences of a text and what the length limit did to it.
     *
     * @param cut     sentences that were longer than the limit and were cut into pieces
     * @param longest length of the longest sentence before cutting
     */
    public record Result(List<Span> spans, int cut, int longest) {
    }

    public static List<Span> split(String text) {
        return splitReporting(text).spans();
    }

    /** Like {@link #split} and also says how many sentences were cut to the limit. */
    public static Result splitReporting(String text) {
        return splitReporting(text, MAX_SENTENCE_CHARS);
    }

    static Result splitReporting(String text, int maxChars) {
        List<Span> spans = new ArrayList<>();
        int[] stats = new int[2];
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(text, start, i, spans, maxChars, stats);
                start = i + 1;
                i++;
            } else if (isTerminator(c)) {
                int end = i + 1;
                while (end < n && (isTerminator(text.charAt(end)) || isCloser(text.charAt(end)))) {
                    end++;
                }
                add(text, start, end, spans, maxChars, stats);
                start = end;
                i = end;
            } else {
                i++;
            }
        }
        add(text, start, n, spans, maxChars, stats);
        return new Result(spans, stats[0], stats[1]);
    }

    public static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (Span s : split(text)) {
            out.add(s.of(text));
        }
        return out;
    }

    public static boolean isTerminator(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';';
    }

    public static boolean isCloser(char c) {
        return c == '”' || c == '’' || c == '"' || c == '\'' || c == '」' || c == '』' || c == '）' || c == ')'
                || c == '】' || c == '》' || c == '〕';
    }

    /** Where an overlong sentence may be cut softly: after a pause inside the sentence. */
    static boolean isPause(char c) {
        return c == '，' || c == ',' || c == '、' || c == '：' || c == ':';
    }

    /** Adds the trimmed span if anything but whitespace is left, cut into pieces of at most {@code maxChars}. */
    private static void add(String text, int start, int end, List<Span> spans, int maxChars, int[] stats) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end <= start) {
            return;
        }
        stats[1] = Math.max(stats[1], end - start);
        if (end - start <= maxChars) {
            spans.add(new Span(start, end));
            return;
        }
        stats[0]++;
        while (end - start > maxChars) {
            int cut = cutPoint(text, start, start + maxChars);
            int pieceEnd = cut;
            while (pieceEnd > start && Character.isWhitespace(text.charAt(pieceEnd - 1))) {
                pieceEnd--;
            }
            if (pieceEnd > start) {
                spans.add(new Span(start, pieceEnd));
            }
            start = cut;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        if (end > start) {
            spans.add(new Span(start, end));
        }
    }

    /**
     * End of the next piece of an overlong sentence starting at {@code start}, at most {@code limit}: after the
     * last pause in the second half of the window, else after the last space there, else at the limit (never
     * between the two halves of a surrogate pair). Looking back only half a window keeps the cost linear.
     */
    private static int cutPoint(String text, int start, int limit) {
        int floor = start + (limit - start) / 2;
        for (int j = limit - 1; j >= floor; j--) {
            if (isPause(text.charAt(j))) {
                return j + 1;
            }
        }
        for (int j = limit - 1; j >= floor; j--) {
            if (Character.isWhitespace(text.charAt(j))) {
                return j + 1;
            }
        }
        if (Character.isHighSurrogate(text.charAt(limit - 1)) && Character.isLowSurrogate(text.charAt(limit))) {
            return limit - 1;
        }
        return limit;
    }
}
