package broadsheet.investments;

/** Currency words written after (亿元, 亿美元, 亿元人民币) or before (人民币5亿元) a number. */
final class Currencies {

    /** A currency word found in the text. */
    record Match(String code, int start, int end) {
    }

    // longest first, so 元人民币 beats 元
    private static final String[][] SUFFIX = {
        {"元人民币", "CNY"}, {"人民币", "CNY"}, {"块钱", "CNY"},
        {"美元", "USD"}, {"美金", "USD"}, {"欧元", "EUR"},
        {"港元", "HKD"}, {"港币", "HKD"}, {"日元", "JPY"}, {"日圆", "JPY"},
        {"英镑", "GBP"}, {"元", "CNY"},
    };

    private static final String[][] PREFIX = {
        {"人民币", "CNY"}, {"港币", "HKD"}, {"美元", "USD"},
    };

    private Currencies() {
    }

    /** The currency word starting at {@code p}, or null. */
    static Match suffixAt(String s, int p) {
        for (String[] c : SUFFIX) {
            if (s.startsWith(c[0], p)) {
                int end = p + c[0].length();
                if (c[0].equals("元") && end < s.length() && s.charAt(end) == '化') {
                    return null; // 多元化 is "diversified", not 多 + 元
                }
                return new Match(c[1], p, end);
            }
        }
        return null;
    }

    /** The currency word ending right at {@code p} and starting at or after {@code minStart}, or null. */
    static Match prefixEndingAt(String s, int p, int minStart) {
        for (String[] c : PREFIX) {
            int start = p - c[0].length();
            if (start >= minStart && s.startsWith(c[0], start)) {
                return new Match(c[1], start, p);
            }
        }
        return null;
    }
}
