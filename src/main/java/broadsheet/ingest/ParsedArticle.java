package broadsheet.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * One article recovered from an input file, before it becomes a row of the {@code articles} table.
 *
 * @param headline     title (and subtitle, space separated), or null when the layout has none
 * @param dateline     the date expression after {@code 本报讯}, as printed (e.g. {@code 11月1日至3日}), or null
 * @param datelineDate the first day of the dateline resolved with the issue's year, or null
 * @param bylines      reporters' names from the closing bracket and from the lead, in order
 * @param paragraphs   body paragraphs after reflow, lead marker and byline removed
 * @param page         page label when the input has one, else null
 * @param issueDate    date of the issue when the record carries one (JSONL, PKU corpus), else null
 * @param source       source when the record carries one (JSONL), else null
 */
public record ParsedArticle(String headline, String dateline, LocalDate datelineDate, List<String> bylines,
                            List<String> paragraphs, String page, LocalDate issueDate, String source) {

    public ParsedArticle {
        bylines = List.copyOf(bylines);
        paragraphs = List.copyOf(paragraphs);
    }

    /** Paragraphs joined by newlines: the article text that offsets refer to. */
    public String text() {
        return String.join("\n", paragraphs);
    }
}
