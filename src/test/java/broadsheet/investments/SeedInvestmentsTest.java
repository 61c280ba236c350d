package broadsheet.investments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import broadsheet.ingest.IssueLayoutParser;
import broadsheet.ingest.ParsedArticle;
import broadsheet.ingest.TextNormalizer;
import broadsheet.testing.SharedData;
import broadsheet.topics.TopicMatcher;
import broadsheet.topics.TopicTaxonomy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real seed issue (read in place from ../shared, skipped when absent): exactly 1.38e10 counted, the 88亿 part apart. */
class SeedInvestmentsTest {

    @Test
    void seedCountsTheTotalOnceAndKeepsThePartApart() throws Exception {
        Path seed = SharedData.require("seed/wuxi-daily-2022-11-04.txt");
        String text = TextNormalizer.normalize(Files.readString(seed, StandardCharsets.UTF_8));
        ArticleInvestments x = new ArticleInvestments(new TopicMatcher(TopicTaxonomy.loadDefault()));
        List<InvestmentRow> rows = new ArrayList<>();
        int n = 0;
        for (ParsedArticle a : IssueLayoutParser.parse(text, LocalDate.of(2022, 11, 4)).articles()) {
            rows.addAll(x.extract("seed-" + n++, "wuxi-daily", a.issueDate(), a.headline(), a.text()));
        }
        BigDecimal counted = rows.stream().filter(InvestmentRow::isCounted).map(InvestmentRow::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, new BigDecimal("13800000000").compareTo(counted), rows.toString());
        InvestmentRow part = rows.stream().filter(r -> r.getAmount().compareTo(new BigDecimal("8800000000")) == 0)
                .findFirst().orElseThrow();
        assertFalse(part.isCounted());
        assertEquals("subtotal", part.getKind());
        InvestmentRow total = rows.stream().filter(InvestmentRow::isCounted).findFirst().orElseThrow();
        assertEquals(total.getMentionId(), part.getParentId());
        assertEquals("signed", total.getStatus());
    }
}
