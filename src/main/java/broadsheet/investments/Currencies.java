package broadsheet.investments;

import java.math.BigDecimal;

/**
 * Currency words written after (亿元, 亿美元, 亿元人民币, 万泰铢) or before (人民币5亿元, 美金5000万,
 * 新台币 12.5 亿元, US$500万) a number, with their ISO 4217 codes. A name shared by several currencies
 * (法郎, 克朗, 比索, 卢比, 里拉, 先令 without their country) has no code here, so such an amount is not read.
 */
final class Currencies {

    /**
     * A currency word found in the text. {@code generic} for 元/圆/块钱, which a currency word before the
     * number overrides (港币两千万元 is HKD). {@code cents} is what 角 and 分 after 元 add (三千元五角).
     */
    record Match(String code, int start, int end, boolean generic, BigDecimal cents) {
    }

    // longest first within a shared start, so 元人民币 beats 元 and 新台币 beats 新元
    private static final String[][] SUFFIX = {
        {"元人民币", "CNY"}, {"人民币", "CNY"},
        {"美元", "USD"}, {"美金", "USD"}, {"欧元", "EUR"},
        {"港元", "HKD"}, {"港币", "HKD"}, {"澳门元", "MOP"}, {"澳门币", "MOP"}, {"澳大利亚元", "AUD"}, {"澳元", "AUD"},
        {"新台币", "TWD"}, {"台币", "TWD"}, {"日元", "JPY"}, {"日圆", "JPY"},
        {"英镑", "GBP"}, {"韩元", "KRW"}, {"泰铢", "THB"}, {"卢布", "RUB"},
        {"加拿大元", "CAD"}, {"加元", "CAD"}, {"新加坡元", "SGD"}, {"新元", "SGD"}, {"新西兰元", "NZD"},
        {"瑞士法郎", "CHF"}, {"瑞郎", "CHF"}, {"法国法郎", "FRF"}, {"比利时法郎", "BEF"},
        {"德国马克", "DEM"}, {"芬兰马克", "FIM"}, {"马克", "DEM"},
        {"意大利里拉", "ITL"}, {"荷兰盾", "NLG"}, {"奥地利先令", "ATS"}, {"西班牙比塞塔", "ESP"},
        {"瑞典克朗", "SEK"}, {"丹麦克朗", "DKK"}, {"挪威克朗", "NOK"},
        {"印度卢比", "INR"}, {"印尼盾", "IDR"}, {"越南盾", "VND"}, {"马来西亚林吉特", "MYR"}, {"林吉特", "MYR"},
        {"菲律宾比索", "PHP"}, {"墨西哥比索", "MXN"}, {"南非兰特", "ZAR"}, {"兰特", "ZAR"},
        {"欧洲货币单位", "XEU"}, {"特别提款权", "XDR"},
    };

    /** The generic yuan: 元, 圆 (financial style) and 块钱 (spoken). */
    private static final String[] GENERIC = {"块钱", "元", "圆"};

    /** After 元 these make it no currency: 多元化; after 圆: 圆满, 圆形...; after 马克: 马克思. */
    private static final String NOT_AFTER_YUAN = "化";
    private static final String NOT_AFTER_ROUND = "满形桌周心梦弧柱球顶润场明寂舞珠";

    private static final String[][] PREFIX = {
        {"人民币", "CNY"}, {"港币", "HKD"}, {"港元", "HKD"}, {"美元", "USD"}, {"美金", "USD"},
        {"新台币", "TWD"}, {"台币", "TWD"}, {"欧元", "EUR"}, {"日元", "JPY"}, {"英镑", "GBP"},
        {"RMB", "CNY"}, {"CNY", "CNY"}, {"USD", "USD"}, {"HKD", "HKD"}, {"EUR", "EUR"}, {"JPY", "JPY"},
        {"GBP", "GBP"}, {"TWD", "TWD"},
        {"US$", "USD"}, {"HK$", "HKD"}, {"NT$", "TWD"}, {"S$", "SGD"}, {"A$", "AUD"}, {"C$", "CAD"},
        {"$", "USD"}, {"¥", "CNY"}, {"€", "EUR"}, {"£", "GBP"},
    };

    private static final String CENTS_DIGITS = "一二两三四五六七八九壹贰叁肆伍陆柒捌玖123456789";
    private static final int[] CENTS_VALUES = {1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 1, 2, 3, 4, 5, 6, 7, 8, 9,
        1, 2, 3, 4, 5, 6, 7, 8, 9};
    /** 五角星, 三角形...: 角 followed by these is not money. */
    private static final String NOT_AFTER_JIAO = "星形度落楼逐色膜质尺架";

    private Currencies() {
    }

    /** The currency word starting at {@code p} (with 整, 角 and 分 after a generic 元), or null. */
    static Match suffixAt(String s, int p) {
        for (String[] c : SUFFIX) {
            if (s.startsWith(c[0], p)) {
                int end = p + c[0].length();
                if (c[0].endsWith("马克") && end < s.length() && s.charAt(end) == '思') {
                    return null;
                }
                return new Match(c[1], p, end, false, BigDecimal.ZERO);
            }
        }
        for (String g : GENERIC) {
            if (!s.startsWith(g, p)) {
                continue;
            }
            int end = p + g.length();
            char next = end < s.length() ? s.charAt(end) : ' ';
            if (g.equals("元") && NOT_AFTER_YUAN.indexOf(next) >= 0
                    || g.equals("圆") && NOT_AFTER_ROUND.indexOf(next) >= 0) {
                return null; // 多元化 is "diversified", not 多 + 元
            }
            if (!g.equals("块钱")) {
                // 5亿元港币: the yuan of another currency
                for (String[] c : SUFFIX) {
                    if (s.startsWith(c[0], end) && !c[1].equals("CNY")
                            && (c[0].equals("港币") || c[0].equals("新台币") || c[0].equals("台币") || c[0].equals("美金"))) {
                        return new Match(c[1], p, end + c[0].length(), false, BigDecimal.ZERO);
                    }
                }
                if (s.startsWith("整", end)) {
                    return new Match("CNY", p, end + 1, true, BigDecimal.ZERO); // 肆佰叁拾萬圆整
                }
                Match cents = cents(s, p, end);
                if (cents != null) {
                    return cents;
                }
            }
            return new Match("CNY", p, end, true, BigDecimal.ZERO);
        }
        return null;
    }

    /** 三千元五角, 5元3角2分, 5元零5分: 角 and 分 after 元 (each one digit). */
    private static Match cents(String s, int start, int p) {
        int q = p;
        boolean zero = q < s.length() && s.charAt(q) == '零';
        if (zero) {
            q++;
        }
        int d = digitAt(s, q);
        if (d < 0 || q + 1 >= s.length()) {
            return null;
        }
        BigDecimal cents = BigDecimal.ZERO;
        char unit = s.charAt(q + 1);
        if (unit == '角' || unit == '毛') {
            if (q + 2 < s.length() && NOT_AFTER_JIAO.indexOf(s.charAt(q + 2)) >= 0) {
                return null;
            }
            cents = BigDecimal.valueOf(d).movePointLeft(1);
            q += 2;
            int f = digitAt(s, q);
            if (f >= 0 && q + 1 < s.length() && s.charAt(q + 1) == '分') {
                cents = cents.add(BigDecimal.valueOf(f).movePointLeft(2));
                q += 2;
            }
        } else if (unit == '分' && (zero || q + 2 >= s.length() || "，,；;。！？!?、)钱".indexOf(s.charAt(q + 2)) >= 0)) {
            cents = BigDecimal.valueOf(d).movePointLeft(2); // 3元零5分; 5元5分钟 is not money
            q += 2;
        } else {
            return null;
        }
        if (q < s.length() && s.charAt(q) == '钱') {
            q++;
        }
        return new Match("CNY", start, q, true, cents);
    }

    private static int digitAt(String s, int q) {
        if (q >= s.length()) {
            return -1;
        }
        int k = CENTS_DIGITS.indexOf(s.charAt(q));
        if (k < 0 || q + 1 < s.length() && NumeralParser.isDigit(s.charAt(q + 1))) {
            return -1;
        }
        return CENTS_VALUES[k];
    }

    /**
     * The currency word ending right at {@code p} (or at {@code p - 1} before a space) and starting at or
     * after {@code minStart}, or null.
     */
    static Match prefixEndingAt(String s, int p, int minStart) {
        for (int at : new int[] {p, p - 1}) {
            if (at < p && (at < minStart || s.charAt(at) != ' ')) {
                continue;
            }
            for (String[] c : PREFIX) {
                int start = at - c[0].length();
                if (start >= minStart && s.startsWith(c[0], start)
                        && !(Character.isLetter(c[0].charAt(0)) && start > 0 && isAsciiLetter(s.charAt(start - 1)))) {
                    return new Match(c[1], start, p, false, BigDecimal.ZERO);
                }
            }
        }
        return null;
    }

    private static boolean isAsciiLetter(char c) {
        return c < 128 && Character.isLetter(c);
    }
}
