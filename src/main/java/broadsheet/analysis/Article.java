package broadsheet.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * What the analysis reads of one {@code articles} row: the issue it belongs to, its text and the fields the
 * entity and investment parts use as evidence. {@code inputPath} names the file in warnings.
 */
public record Article(String id, String source, LocalDate issueDate, String headline, List<String> bylines,
                      String text, String inputPath) {
    public Article {
        bylines = bylines == null ? List.of() : bylines;
        text = text == null ? "" : text;
    }
}
