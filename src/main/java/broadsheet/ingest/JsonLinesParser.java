package broadsheet.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON Lines input: one article or one issue per line. An article line has {@code text} (or
 * {@code content}/{@code body}) and optionally {@code source}, {@code date}, {@code page}, {@code title}
 * (or {@code headline}), {@code bylines}; an issue line has {@code articles}, an array of such objects
 * that inherit the issue's source, date and page, or {@code issue_text}, a whole page in the issue layout.
 * Unknown fields are ignored; a line that is not a JSON object, or has no text, is rejected alone.
 */
public final class JsonLinesParser {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonLinesParser() {
    }

    /** Articles of one line, or the reason it was rejected. */
    public record LineResult(long line, List<ParsedArticle> articles, RejectedInputException rejected, List<String> warnings) {
    }

    public static List<LineResult> parse(String normalizedText) {
        List<LineResult> results = new ArrayList<>();
        String[] lines = normalizedText.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            long lineNo = i + 1;
            List<String> warnings = new ArrayList<>();
            try {
                results.add(new LineResult(lineNo, parseLine(line, lineNo, warnings), null, warnings));
            } catch (RejectedInputException e) {
                results.add(new LineResult(lineNo, List.of(), e, warnings));
            }
        }
        return results;
    }

    private static List<ParsedArticle> parseLine(String line, long lineNo, List<String> warnings) throws RejectedInputException {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (Exception e) {
            String msg = String.valueOf(e.getMessage()).split("\n")[0];
            throw new RejectedInputException(RejectReasons.MALFORMED_JSON, "not JSON: " + msg, lineNo);
        }
        if (node == null || !node.isObject()) {
            throw new RejectedInputException(RejectReasons.MALFORMED_JSON, "line is JSON but not an object", lineNo);
        }
        String source = text(node, "source", "paper", "newspaper");
        LocalDate date = date(node, warnings);
        String page = text(node, "page");
        List<ParsedArticle> articles = new ArrayList<>();
        if (node.has("articles") && node.get("articles").isArray()) {
            for (JsonNode a : node.get("articles")) {
                if (!a.isObject()) {
                    throw new RejectedInputException(RejectReasons.MALFORMED_JSON, "an element of 'articles' is not an object", lineNo);
                }
                String p = text(a, "page");
                LocalDate d = a.has("date") ? date(a, warnings) : date;
                articles.add(article(a, lineNo, firstNonNull(text(a, "source"), source), d, firstNonNull(p, page)));
            }
        } else if (text(node, "issue_text") != null) {
            String issueText = TextNormalizer.normalize(text(node, "issue_text"));
            for (ParsedArticle a : IssueLayoutParser.parse(issueText, date).articles()) {
                articles.add(new ParsedArticle(a.headline(), a.dateline(), a.datelineDate(), a.bylines(), a.paragraphs(), page, date, source));
            }
        } else {
            articles.add(article(node, lineNo, source, date, page));
        }
        if (articles.isEmpty()) {
            throw new RejectedInputException(RejectReasons.MISSING_TEXT, "line holds no article", lineNo);
        }
        return articles;
    }

    private static ParsedArticle article(JsonNode a, long lineNo, String source, LocalDate date, String page) throws RejectedInputException {
        String text = text(a, "text", "content", "body");
        if (text == null || text.isBlank()) {
            throw new RejectedInputException(RejectReasons.MISSING_TEXT, "no 'text' (or 'content'/'body') field", lineNo);
        }
        String title = text(a, "title", "headline");
        List<String> bylines = new ArrayList<>();
        JsonNode b = a.has("bylines") ? a.get("bylines") : a.get("byline");
        if (b != null && b.isArray()) {
            b.forEach(x -> bylines.add(x.asText()));
        } else if (b != null && b.isTextual()) {
            Bylines.names(b.asText()).ifPresentOrElse(bylines::addAll, () -> bylines.add(b.asText().strip()));
        }
        List<String> paragraphs = IssueLayoutParser.reflow(IssueLayoutParser.pieces(TextNormalizer.normalize(text)));
        if (bylines.isEmpty()) {
            Bylines.moveTrailing(paragraphs, bylines);
        }
        String headline = title == null ? null : TextNormalizer.collapseSpaces(TextNormalizer.normalize(title));
        return new ParsedArticle(headline, null, null, bylines, paragraphs, page, date, source);
    }

    private static LocalDate date(JsonNode node, List<String> warnings) {
        String raw = text(node, "date", "issue_date", "published");
        if (raw == null) {
            return null;
        }
        LocalDate d = PathMetadata.parseDate(raw);
        if (d == null) {
            warnings.add((PathMetadata.badDate(raw) != null ? "impossible or out-of-range date '" : "unparseable date '") + raw + "'");
        }
        return d;
    }

    private static String text(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode v = node.get(name);
            if (v != null && !v.isNull()) {
                return v.isValueNode() ? v.asText() : v.toString();
            }
        }
        return null;
    }

    private static <T> T firstNonNull(T a, T b) {
        return a != null ? a : b;
    }
}
