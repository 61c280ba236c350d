package broadsheet.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a lead, {@code 11月1日至3日}, {@code 11月2日下午}, {@code 2022年11月2日}, and its
 * resolution to a calendar date with the issue's year.
 */
public final class Datelines {
    private static final String D = "[0-9０-９]";
    private static final Pattern DATELINE = Pattern.compile("^((?:(" + D + "{4})年)?(" + D + "{1,2})月(" + D + "{1,2})日"
            + "(?:\\s*[至到—－\\-~～]\\s*(?:" + D + "{1,2}月)?" + D + "{1,2}日)?"
            + "(?:上午|下午|晚上|晚间|傍晚|早上|早晨|凌晨|中午|夜间|晚)?)");

    private Datelines() {
    }

    public record Dateline(String text, Integer year, int month, int day) {
    }

    /** The dateline at the start of {@code text}, if any. */
    public static Optional<Dateline> atStart(String text) {
        Matcher m = DATELINE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        Integer year = m.group(2) == null ? null : Integer.parseInt(ascii(m.group(2)));
        return Optional.of(new Dateline(m.group(1), year, Integer.parseInt(ascii(m.group(3))), Integer.parseInt(ascii(m.group(4)))));
    }

    /**
     * The first day of the dateline, with the year printed or else the issue's; a dateline later than the
     * issue (December news in a January issue) belongs to the year before. Null when nothing fixes the year.
     */
    public static LocalDate resolve(Dateline dateline, LocalDate issueDate) {
        try {
            if (dateline.year() != null) {
                return LocalDate.of(dateline.year(), dateline.month(), dateline.day());
            }
            if (issueDate == null) {
                return null;
            }
            LocalDate candidate = LocalDate.of(issueDate.getYear(), dateline.month(), dateline.day());
            if (candidate.isAfter(issueDate.plusDays(31))) {
                candidate = candidate.minusYears(1);
            }
            return candidate;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Full-width digits to ASCII. */
    static String ascii(String digits) {
        StringBuilder sb = new StringBuilder(digits.length());
        for (char c : digits.toCharArray()) {
            sb.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        return sb.toString();
    }
}
