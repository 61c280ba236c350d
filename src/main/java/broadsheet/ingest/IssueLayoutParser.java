package broadsheet.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recovers articles from the text of one newspaper issue page, repairing the damage done by its layout:
 * <ul>
 *   <li>an article starts at a lead ({@code 本报讯}, {@code 本报江阴讯}, {@code 新华社北京11月3日电}); the line
 *       before it is the headline (title and subtitle separated by spaces);</li>
 *   <li>the page's columns cut paragraphs, even words, into pieces with blank lines between them: a piece
 *       that does not end a sentence continues in the next one ({@code …基地,了} + {@code 解整车…});</li>
 *   <li>the reporters' bracket at the end ({@code (王拓)}) and in the lead ({@code 本报讯(记者 吴鹏)}) go to
 *       the byline list.</li>
 * </ul>
 * Pages without leads fall back to headline detection from the shape of the lines.
 */
public final class IssueLayoutParser {
    private static final Pattern LEAD = Pattern.compile(
            "^(本报(?:[\\p{IsHan}]{1,6})?讯|新华社[\\p{IsHan}]{1,8}[0-9０-９]{1,2}月[0-9０-９]{1,2}日电"
                    + "|本报[\\p{IsHan}]{1,6}[0-9０-９]{1,2}月[0-9０-９]{1,2}日电)\\s*");
    private static final Pattern LEAD_BRACKET = Pattern.compile("^[(（]([^()（）]{1,40})[)）]\\s*");
    private static final int MAX_HEADLINE_CHARS = 64;
    private static final int MAX_PREAMBLE_CHARS = 40;

    private IssueLayoutParser() {
    }

    /** The articles of a page, plus what was dropped as page furniture (header lines before the first article). */
    public record Result(List<ParsedArticle> articles, List<String> dropped) {
    }

    public static Result parse(String normalizedText, LocalDate issueDate) {
        List<String> pieces = pieces(normalizedText);
        List<Integer> starts = new ArrayList<>();
        List<Boolean> hasHeadline = new ArrayList<>();
        findArticleStarts(pieces, starts, hasHeadline);

        List<ParsedArticle> articles = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        int firstStart = starts.isEmpty() ? pieces.size() : starts.get(0);
        if (firstStart > 0) {
            List<String> preamble = pieces.subList(0, firstStart);
            if (String.join("", preamble).length() > MAX_PREAMBLE_CHARS || starts.isEmpty()) {
                article(null, preamble, issueDate).ifPresent(articles::add);
            } else {
                dropped.addAll(preamble);
            }
        }
        for (int k = 0; k < starts.size(); k++) {
            int from = starts.get(k);
            int to = k + 1 < starts.size() ? starts.get(k + 1) : pieces.size();
            String headline = hasHeadline.get(k) ? TextNormalizer.collapseSpaces(pieces.get(from)) : null;
            List<String> body = pieces.subList(hasHeadline.get(k) ? from + 1 : from, to);
            article(headline, body, issueDate).ifPresent(articles::add);
        }
        return new Result(articles, dropped);
    }

    /** Non-blank lines, trimmed: blank lines between pieces carry no meaning on a damaged page. */
    static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (!t.isEmpty()) {
                pieces.add(t);
            }
        }
        return pieces;
    }

    private static void findArticleStarts(List<String> pieces, List<Integer> starts, List<Boolean> hasHeadline) {
        boolean anyLead = pieces.stream().anyMatch(p -> LEAD.matcher(p).find());
        int previousStart = -1;
        for (int i = 0; i < pieces.size(); i++) {
            if (anyLead) {
                if (!LEAD.matcher(pieces.get(i)).find()) {
                    continue;
                }
                boolean headline = i - 1 > previousStart && looksLikeHeadline(pieces.get(i - 1))
                        && (previousStart < 0 || closesParagraph(pieces.get(i - 2)));
                if (headline) {
                    starts.add(i - 1);
                } else {
                    starts.add(i);
                }
                hasHeadline.add(headline);
                previousStart = i;
            } else {
                // No leads on this page: a short unpunctuated line after a finished paragraph is a headline.
                boolean start = looksLikeHeadline(pieces.get(i)) && i + 1 < pieces.size()
                        && (i == 0 || closesParagraph(pieces.get(i - 1)))
                        && !looksLikeHeadline(pieces.get(i + 1));
                if (start) {
                    starts.add(i);
                    hasHeadline.add(true);
                }
            }
        }
    }

    private static Optional<ParsedArticle> article(String headline, List<String> body, LocalDate issueDate) {
        List<String> bylines = new ArrayList<>();
        String dateline = null;
        LocalDate datelineDate = null;
        List<String> pieces = new ArrayList<>(body);
        if (!pieces.isEmpty()) {
            String first = pieces.get(0);
            Matcher lead = LEAD.matcher(first);
            if (lead.find()) {
                first = first.substring(lead.end());
                Matcher bracket = LEAD_BRACKET.matcher(first);
                if (bracket.find()) {
                    Optional<List<String>> names = Bylines.names(bracket.group(1));
                    if (names.isPresent()) {
                        bylines.addAll(names.get());
                        first = first.substring(bracket.end());
                    }
                }
                Optional<Datelines.Dateline> d = Datelines.atStart(first);
                if (d.isPresent()) {
                    dateline = d.get().text();
                    datelineDate = Datelines.resolve(d.get(), issueDate);
                }
                pieces.set(0, first.strip());
            }
        }
        List<String> paragraphs = reflow(pieces);
        Bylines.moveTrailing(paragraphs, bylines);
        if (paragraphs.isEmpty() && headline == null) {
            return Optional.empty();
        }
        return Optional.of(new ParsedArticle(headline, dateline, datelineDate, bylines, paragraphs, null, null, null));
    }

    /** Joins pieces cut by the layout: a piece that does not end a paragraph continues in the next. */
    static List<String> reflow(List<String> pieces) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String piece : pieces) {
            if (piece.isEmpty()) {
                continue;
            }
            current.append(piece);
            if (closesParagraph(piece)) {
                paragraphs.add(current.toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }

    /** Ends with sentence-final punctuation (quotes and brackets after it allowed), or with a byline. */
    static boolean closesParagraph(String piece) {
        int i = piece.length() - 1;
        while (i >= 0 && isCloserOrSpace(piece.charAt(i))) {
            i--;
        }
        if (i >= 0) {
            char c = piece.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '…' || c == '；' || c == ';') {
                return true;
            }
        }
        return Bylines.splitTrailing(piece).isPresent();
    }

    private static boolean isCloserOrSpace(char c) {
        return c == '”' || c == '’' || c == '"' || c == '」' || c == '』' || c == '）' || c == ')' || c == '】' || c == ' ';
    }

    static boolean looksLikeHeadline(String piece) {
        if (piece.length() > MAX_HEADLINE_CHARS || LEAD.matcher(piece).find()) {
            return false;
        }
        char last = piece.charAt(piece.length() - 1);
        if ("。！？；，,、：:;".indexOf(last) >= 0) {
            return false;
        }
        return Bylines.splitTrailing(piece).isEmpty();
    }
}
