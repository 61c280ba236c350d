package broadsheet.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PKU/PFR annotated People's Daily corpus: one paragraph per line,
 * {@code 19980215-04-012-003/m  词/词性  [复合/n  词/n]nt ...}. The id gives date, page, article and
 * paragraph; tags and brackets are stripped to recover the text. The first paragraph of an article is its
 * headline when it does not end a sentence.
 */
public final class PkuCorpusParser {
    /** Recognises the format from a file's first non-blank line. */
    public static final Pattern LINE_ID = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})-(\\d{2})-(\\d{3})-(\\d{3})/m(\\s+|$)");
    private static final Pattern TOKEN = Pattern.compile("^\\[?(.+?)/([A-Za-z]+)(\\][A-Za-z]+)?$");

    private PkuCorpusParser() {
    }

    /** A line that could not be parsed: its 1-based number and why. */
    public record BadLine(long line, String detail) {
    }

    /** @param linesLoaded lines with a paragraph id that parsed (an empty paragraph too) */
    public record Result(List<ParsedArticle> articles, List<BadLine> badLines, long linesLoaded) {
    }

    public static boolean looksLikePku(String firstLine) {
        return LINE_ID.matcher(firstLine).find();
    }

    public static Result parse(String normalizedText) {
        // Articles keyed by date-page-article in order of first appearance; paragraphs in line order
        // (the corpus has a duplicated paragraph id, which must not swallow a paragraph).
        Map<String, List<String>> paragraphsByArticle = new LinkedHashMap<>();
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        Map<String, String> pages = new LinkedHashMap<>();
        List<BadLine> bad = new ArrayList<>();
        long loaded = 0;
        String[] lines = normalizedText.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher id = LINE_ID.matcher(line);
            if (!id.find()) {
                bad.add(new BadLine(i + 1, "no paragraph id (yyyyMMdd-pp-aaa-nnn/m) at line start: " + abbreviate(line)));
                continue;
            }
            LocalDate date;
            try {
                date = LocalDate.of(Integer.parseInt(id.group(1)), Integer.parseInt(id.group(2)), Integer.parseInt(id.group(3)));
            } catch (DateTimeException e) {
                bad.add(new BadLine(i + 1, "invalid date in paragraph id: " + line.substring(0, 8)));
                continue;
            }
            String text;
            try {
                text = stripTags(line.substring(id.end()));
            } catch (IllegalArgumentException e) {
                bad.add(new BadLine(i + 1, e.getMessage()));
                continue;
            }
            loaded++;
            if (text.isEmpty()) {
                continue;
            }
            String key = id.group(1) + id.group(2) + id.group(3) + "-" + id.group(4) + "-" + id.group(5);
            paragraphsByArticle.computeIfAbsent(key, k -> new ArrayList<>()).add(text);
            dates.putIfAbsent(key, date);
            pages.putIfAbsent(key, id.group(4));
        }
        List<ParsedArticle> articles = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : paragraphsByArticle.entrySet()) {
            List<String> paragraphs = new ArrayList<>(e.getValue());
            String headline = null;
            if (paragraphs.size() > 1 && !IssueLayoutParser.closesParagraph(paragraphs.get(0))) {
                headline = paragraphs.remove(0);
            }
            List<String> bylines = new ArrayList<>();
            Bylines.moveTrailing(paragraphs, bylines);
            articles.add(new ParsedArticle(headline, null, null, bylines, paragraphs, pages.get(e.getKey()), dates.get(e.getKey()), null));
        }
        return new Result(articles, bad, loaded);
    }

    /** {@code 迈向/v  [中央/n  电台/n]nt} to {@code 迈向中央电台}. */
    static String stripTags(String tagged) {
        StringBuilder sb = new StringBuilder();
        for (String token : tagged.trim().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            Matcher m = TOKEN.matcher(token);
            if (!m.matches()) {
                throw new IllegalArgumentException("token without a /tag: " + abbreviate(token));
            }
            sb.append(m.group(1));
        }
        return sb.toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
