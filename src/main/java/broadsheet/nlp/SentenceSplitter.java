package broadsheet.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits article text into sentences on {@code 。！？；} and their ASCII forms, and at paragraph ends.
 * Closing quotes and brackets that follow a terminator stay with their sentence ({@code 他说：“好。”}).
 * Offsets are into the article text, so entities and amounts can point back at it.
 */
public final class SentenceSplitter {
    private SentenceSplitter() {
    }

    /** One sentence: {@code text.substring(start, end)}. */
    public record Span(int start, int end) {
        public String of(String text) {
            return text.substring(start, end);
        }
    }

    public static List<Span> split(String text) {
        List<Span> spans = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(text, start, i, spans);
                start = i + 1;
                i++;
            } else if (isTerminator(c)) {
                int end = i + 1;
                while (end < n && (isTerminator(text.charAt(end)) || isCloser(text.charAt(end)))) {
                    end++;
                }
                add(text, start, end, spans);
                start = end;
                i = end;
            } else {
                i++;
            }
        }
        add(text, start, n, spans);
        return spans;
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

    /** Adds the trimmed span if anything but whitespace is left. */
    private static void add(String text, int start, int end, List<Span> spans) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new Span(start, end));
        }
    }
}
