package broadsheet.investments;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds how many projects a passage talks about: 31个超亿元项目, 签约项目31个, 项目共计12项. */
final class ProjectCounts {

    private static final String NUM = "([0-9]+|[零〇一二两三四五六七八九十百千]+)";
    private static final Pattern COUNT_THEN_PROJECT = Pattern.compile(
            NUM + "(?:个|项|宗)[^，,；;。！？!?\\s]{0,14}?项目"); // 12个新能源汽车零部件项目
    private static final Pattern PROJECT_THEN_COUNT = Pattern.compile(
            "项目(?:总数|数量)?(?:共|有|达|为|共计|合计)?" + NUM + "(?:个|项|宗)");

    private ProjectCounts() {
    }

    /** The count nearest to {@code to} within {@code s[from, to)}, or null. */
    static Integer nearest(String s, int from, int to) {
        if (from >= to) {
            return null;
        }
        String best = null;
        int bestEnd = -1;
        for (Pattern p : new Pattern[] {COUNT_THEN_PROJECT, PROJECT_THEN_COUNT}) {
            Matcher m = p.matcher(s).region(from, to);
            while (m.find()) {
                if (m.end() > bestEnd) {
                    bestEnd = m.end();
                    best = m.group(1);
                }
            }
        }
        if (best == null) {
            return null;
        }
        BigDecimal v = NumeralParser.parseWhole(best);
        return v == null || v.signum() <= 0 || v.compareTo(BigDecimal.valueOf(100000)) > 0 ? null : v.intValue();
    }
}
