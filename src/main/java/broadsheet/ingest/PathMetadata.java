package broadsheet.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Source and issue date of an input file, read from its path relative to the input directory.
 * Layouts understood: {@code <source>/<yyyy-MM-dd>.txt}, {@code <source>/<yyyyMMdd>.txt},
 * hive-style {@code source=<s>/date=<d>/*.txt}, and a date inside the file name
 * ({@code wuxi-daily-2022-11-04.txt}, whose prefix is then the source when the file sits at the top).
 * A path whose only date cannot be one ({@code 2022-02-30}, a year before 1800 or after next year) has no date
 * and says which in {@code badDate}.
 */
public record PathMetadata(String source, LocalDate date, String page, String badDate) {
    public static final String UNKNOWN_SOURCE = "unknown";

    private static final Pattern HIVE = Pattern.compile("^(source|paper|date|dt|issue_date|page)=(.+)$");
    private static final Pattern DASHED_DATE = Pattern.compile("(?<!\\d)(\\d{4})[-_.](\\d{1,2})[-_.](\\d{1,2})(?!\\d)");
    private static final Pattern COMPACT_DATE = Pattern.compile("(?<!\\d)(\\d{4})(\\d{2})(\\d{2})(?!\\d)");
    private static final Pattern YEAR_MONTH = Pattern.compile("(?<!\\d)(\\d{4})[-_.]?(\\d{2})(?!\\d)");
    private static final Pattern EXTENSIONS = Pattern.compile("(\\.(txt|text|jsonl|json|gz|bz2|xz|zst|zip|html|htm|xhtml|utf8|utf-8|gbk|gb18030|utf16))+$",
            Pattern.CASE_INSENSITIVE);

    /** Earliest issue year taken as real. */
    static final int FIRST_YEAR = 1800;

    public PathMetadata(String source, LocalDate date, String page) {
        this(source, date, page, null);
    }

    public static PathMetadata of(String relativePath) {
        List<String> parts = List.of(relativePath.replace('\\', '/').split("/+"));
        String fileName = parts.get(parts.size() - 1);
        String stem = EXTENSIONS.matcher(fileName).replaceAll("");

        String source = null;
        LocalDate date = null;
        String page = null;
        List<String> dateTexts = new java.util.ArrayList<>();
        // Hive-style keys win, wherever they are in the path.
        for (String part : parts) {
            Matcher m = HIVE.matcher(part);
            if (m.matches()) {
                switch (m.group(1)) {
                    case "source", "paper" -> source = m.group(2);
                    case "page" -> page = m.group(2);
                    default -> {
                        date = parseDate(m.group(2));
                        dateTexts.add(m.group(2));
                    }
                }
            }
        }
        if (date == null) {
            date = parseDate(stem);
            dateTexts.add(stem);
        }
        // Directories such as <source>/<yyyy>/<MM>/<dd>.txt: look for a date across the whole path.
        if (date == null && parts.size() > 1) {
            String joined = String.join("-", parts.subList(Math.max(0, parts.size() - 3), parts.size() - 1)) + "-" + stem;
            date = parseDate(joined);
            dateTexts.add(joined);
        }
        String badDate = null;
        for (int i = 0; date == null && badDate == null && i < dateTexts.size(); i++) {
            badDate = badDate(dateTexts.get(i));
        }
        if (source == null) {
            source = sourceFromDirectories(parts);
        }
        if (source == null) {
            String prefix = stripDates(stem);
            source = prefix.isEmpty() ? UNKNOWN_SOURCE : prefix;
        }
        return new PathMetadata(source, date, page, badDate);
    }

    /** The nearest directory that is neither a date nor a hive key names the source. */
    private static String sourceFromDirectories(List<String> parts) {
        for (int i = parts.size() - 2; i >= 0; i--) {
            String dir = parts.get(i);
            if (HIVE.matcher(dir).matches() || dir.matches("\\d+")) {
                continue;
            }
            String withoutDate = stripDates(dir);
            if (!withoutDate.isEmpty()) {
                return withoutDate;
            }
        }
        return null;
    }

    private static String stripDates(String name) {
        String s = DASHED_DATE.matcher(name).replaceAll("");
        s = COMPACT_DATE.matcher(s).replaceAll("");
        s = YEAR_MONTH.matcher(s).replaceAll("");
        return s.replaceAll("^[-_. ]+|[-_. ]+$", "");
    }

    /** Latest issue year taken as real: next year (an issue dated ahead, never further). */
    static int lastYear() {
        return LocalDate.now(java.time.ZoneOffset.UTC).getYear() + 1;
    }

    /**
     * The first thing in the text written as a date that cannot be an issue's: not in the calendar
     * ({@code 2022-02-30}, {@code 20221341}) or out of range (before 1800, after next year). Eight digits count only
     * with a year from 1000 to 2999, a month up to 19 and a day up to 39, so ids and counters are not dates.
     */
    static String badDate(String text) {
        for (Pattern p : List.of(DASHED_DATE, COMPACT_DATE)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int year = Integer.parseInt(m.group(1));
                int month = Integer.parseInt(m.group(2));
                int day = Integer.parseInt(m.group(3));
                if (year < 1000 || year > 2999 || (p == COMPACT_DATE && (month > 19 || day > 39))) {
                    continue;
                }
                return m.group();
            }
        }
        return null;
    }

    /** The first valid calendar date in the text, as yyyy-MM-dd (any of - _ .) or yyyyMMdd. */
    static LocalDate parseDate(String text) {
        for (Pattern p : List.of(DASHED_DATE, COMPACT_DATE)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                try {
                    int year = Integer.parseInt(m.group(1));
                    if (year < FIRST_YEAR || year > lastYear()) {
                        continue;
                    }
                    return LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                } catch (DateTimeException e) {
                    // not a calendar date (e.g. 20221341): keep looking
                }
            }
        }
        return null;
    }
}
