package broadsheet.investments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.investments.MoneyAmount.Qualifier;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random numbers written as newspapers write them (Arabic digits, full-width digits, Chinese numerals, financial
 * numerals, with 万/亿 units, as ranges) must parse back to themselves; every amount found has low <= high.
 * Fixed seeds: a failure names its input and reproduces.
 */
class AmountParserPropertyTest {

    private static final int ROUNDS = 2000;
    private static final String[] RANGE_MARKS = {"至", "到", "-", "~", "～", "－", "—", "——", "--", "〜", " 至 ", " - "};

    @Test
    void arabicDigitsParseBack() {
        Random r = new Random(16001L);
        for (int k = 0; k < ROUNDS; k++) {
            long n = 1 + (long) (r.nextDouble() * 9_999_999_999_999L);
            String digits = switch (k % 3) {
                case 0 -> Long.toString(n);
                case 1 -> String.format("%,d", n);
                default -> fullWidth(Long.toString(n));
            };
            assertParses(digits + "元", BigDecimal.valueOf(n), "CNY");
        }
    }

    @Test
    void decimalsWithUnitsParseBack() {
        Random r = new Random(16002L);
        String[] units = {"万", "亿", "千万", "万亿"};
        long[] values = {10_000L, 100_000_000L, 10_000_000L, 1_000_000_000_000L};
        for (int k = 0; k < ROUNDS; k++) {
            int u = r.nextInt(units.length);
            BigDecimal x = BigDecimal.valueOf(1 + r.nextInt(99_999), r.nextInt(3)); // 1..99999 with 0-2 decimals
            String currency = k % 2 == 0 ? "元" : "美元";
            assertParses(x.toPlainString() + units[u] + currency, x.multiply(BigDecimal.valueOf(values[u])),
                    k % 2 == 0 ? "CNY" : "USD");
        }
    }

    @Test
    void chineseNumeralsParseBack() {
        Random r = new Random(16003L);
        for (int k = 0; k < ROUNDS; k++) {
            long n = randomMagnitude(r);
            assertParses(chinese(n, false, r) + "元", BigDecimal.valueOf(n), "CNY");
        }
    }

    @Test
    void financialNumeralsParseBack() {
        Random r = new Random(16004L);
        for (int k = 0; k < ROUNDS; k++) {
            long n = randomMagnitude(r);
            String tail = switch (k % 3) {
                case 0 -> "圆整";
                case 1 -> "元整";
                default -> "元";
            };
            assertParses((k % 4 == 0 ? "人民币" : "") + chinese(n, true, r) + tail, BigDecimal.valueOf(n), "CNY");
        }
    }

    @Test
    void rangesParseBackWithLowBelowHigh() {
        Random r = new Random(16005L);
        String[] units = {"万", "亿", "千万"};
        long[] values = {10_000L, 100_000_000L, 10_000_000L};
        for (int k = 0; k < ROUNDS; k++) {
            int u = r.nextInt(units.length);
            int a = 1 + r.nextInt(900);
            int b = a + 1 + r.nextInt(900);
            String mark = RANGE_MARKS[r.nextInt(RANGE_MARKS.length)];
            String text = switch (k % 3) {
                case 0 -> a + mark + b + units[u] + "元";              // 10-20亿元
                case 1 -> a + units[u] + mark + b + units[u] + "元";   // 10亿至20亿元
                default -> a + units[u] + "元" + mark + b + units[u] + "元";
            };
            MoneyAmount m = assertParsesAs(text, Qualifier.RANGE, "CNY");
            BigDecimal unit = BigDecimal.valueOf(values[u]);
            assertEquals(0, BigDecimal.valueOf(a).multiply(unit).compareTo(m.low()), text);
            assertEquals(0, BigDecimal.valueOf(b).multiply(unit).compareTo(m.high()), text);
            assertTrue(m.low().compareTo(m.amount()) <= 0 && m.amount().compareTo(m.high()) <= 0, text);
        }
    }

    @Test
    void chineseRangesAndNeighbourDigitsParseBack() {
        Random r = new Random(16006L);
        String[] units = {"万", "亿", "千万", "百万", "十亿"};
        long[] values = {10_000L, 100_000_000L, 10_000_000L, 1_000_000L, 1_000_000_000L};
        for (int k = 0; k < ROUNDS; k++) {
            int u = r.nextInt(units.length);
            int a = 1 + r.nextInt(8);
            int b = k % 2 == 0 ? a + 1 : a + 1 + r.nextInt(9 - a);
            String text = k % 2 == 0
                    ? digit(a) + digit(b) + units[u] + "元"                                  // 七八亿元
                    : digit(a) + RANGE_MARKS[r.nextInt(2)] + digit(b) + units[u] + "元";    // 三到五亿元
            MoneyAmount m = assertParsesAs(text, Qualifier.RANGE, "CNY");
            BigDecimal unit = BigDecimal.valueOf(values[u]);
            assertEquals(0, BigDecimal.valueOf(a).multiply(unit).compareTo(m.low()), text);
            assertEquals(0, BigDecimal.valueOf(b).multiply(unit).compareTo(m.high()), text);
        }
    }

    @Test
    void moreAndSomeBoundTheLastDigit() {
        Random r = new Random(16007L);
        for (int k = 0; k < ROUNDS; k++) {
            int lead = 1 + r.nextInt(9);
            int zeros = r.nextInt(4);
            long n = lead * (long) Math.pow(10, zeros); // 3, 30, 300, 3000
            String text = n + (k % 2 == 0 ? "多" : "余") + "万元";
            MoneyAmount m = assertParsesAs(text, Qualifier.RANGE, "CNY");
            BigDecimal low = BigDecimal.valueOf(n * 10_000L);
            BigDecimal step = BigDecimal.valueOf((long) Math.pow(10, zeros) * 10_000L);
            assertEquals(0, low.compareTo(m.low()), text);
            assertEquals(0, low.add(step).compareTo(m.high()), text);
        }
    }

    @Test
    void vagueAmountsSpanOneOrderOfMagnitude() {
        String[] units = {"十", "百", "千", "万", "十万", "百万", "千万", "亿", "十亿", "百亿", "千亿"};
        for (String lead : List.of("数", "几")) {
            long v = 10;
            for (String u : units) {
                String text = lead + u + "元";
                MoneyAmount m = assertParsesAs(text, Qualifier.VAGUE, "CNY");
                assertEquals(null, m.amount(), text);
                assertEquals(0, BigDecimal.valueOf(v).compareTo(m.low()), text);
                assertEquals(0, BigDecimal.valueOf(v * 10).compareTo(m.high()), text);
                v *= 10;
            }
        }
    }

    /** Any text at all: what is found has ordered bounds, a value inside them unless vague, and true offsets. */
    @Test
    void boundsAreOrderedInAnyText() {
        String alphabet = "0123456789１２３.,-~—至到一二两三四五六七八九十百千万亿零壹贰叁佰仟萬億圆整元美港币人民台泰铢"
                + "约超近多余几数来以上下左右不等之间（含）角分 ，。";
        Random r = new Random(16008L);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + r.nextInt(24);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            for (MoneyAmount m : AmountParser.findAll(s)) {
                assertEquals(m.text(), s.substring(m.start(), m.end()), s);
                if (m.low() != null && m.high() != null) {
                    assertTrue(m.low().compareTo(m.high()) <= 0, s + " -> " + m);
                }
                if (m.amount() != null) {
                    assertTrue(m.low() == null || m.low().compareTo(m.amount()) <= 0, s + " -> " + m);
                    assertTrue(m.high() == null || m.amount().compareTo(m.high()) <= 0, s + " -> " + m);
                } else {
                    assertEquals(Qualifier.VAGUE, m.qualifier(), s);
                }
            }
        }
    }

    private static void assertParses(String text, BigDecimal expected, String currency) {
        MoneyAmount m = assertParsesAs(text, Qualifier.EXACT, currency);
        assertEquals(0, expected.compareTo(m.amount()), () -> text + " -> " + m.amount() + ", expected " + expected);
    }

    private static MoneyAmount assertParsesAs(String text, Qualifier qualifier, String currency) {
        String sentence = "项目总投资" + text + "，";
        List<MoneyAmount> all = AmountParser.findAll(sentence);
        assertEquals(1, all.size(), () -> sentence + " -> " + all);
        MoneyAmount m = all.get(0);
        assertEquals(text.strip(), m.text(), sentence);
        assertEquals(qualifier, m.qualifier(), sentence);
        assertEquals(currency, m.currency(), sentence);
        return m;
    }

    /** 1..10^13 with every order of magnitude equally likely, and runs of zeros inside. */
    private static long randomMagnitude(Random r) {
        int digits = 1 + r.nextInt(13);
        long n = 0;
        for (int i = 0; i < digits; i++) {
            int d = r.nextInt(10) < 3 ? 0 : r.nextInt(10);
            n = n * 10 + (i == 0 ? 1 + r.nextInt(9) : d);
        }
        return n;
    }

    private static final String DIGITS = "零一二三四五六七八九";
    private static final String FIN_DIGITS = "零壹贰叁肆伍陆柒捌玖";

    private static String digit(int d) {
        return String.valueOf(DIGITS.charAt(d));
    }

    /**
     * n as Chinese numerals, as a writer would: four-digit groups closed by 万/亿 (萬/億 in financial style), one
     * 零 for each run of missing places, 十 or 一十 at the start, 两 or 二 before 百/千/万/亿.
     */
    static String chinese(long n, boolean financial, Random r) {
        String s = belowYi(n, financial, r, true);
        return s;
    }

    private static String belowYi(long n, boolean fin, Random r, boolean leading) {
        String yi = fin ? "億" : "亿";
        long high = n / 100_000_000L;
        long low = n % 100_000_000L;
        StringBuilder sb = new StringBuilder();
        if (high > 0) {
            sb.append(belowYi(high, fin, r, leading)).append(yi);
        }
        if (low > 0) {
            if (high > 0 && low < 10_000_000L) {
                sb.append(zero(fin));
            }
            sb.append(belowWan(low, fin, r, leading && high == 0));
        }
        return sb.toString();
    }

    private static String belowWan(long n, boolean fin, Random r, boolean leading) {
        String wan = fin ? "萬" : "万";
        long high = n / 10_000L;
        long low = n % 10_000L;
        StringBuilder sb = new StringBuilder();
        if (high > 0) {
            sb.append(group((int) high, fin, r, leading)).append(wan);
        }
        if (low > 0) {
            if (high > 0 && low < 1000) {
                sb.append(zero(fin));
            }
            sb.append(group((int) low, fin, r, leading && high == 0));
        }
        return sb.toString();
    }

    /** 1..9999 in one group; {@code leading}: first group of the number, where 十五 may drop its 一. */
    private static String group(int n, boolean fin, Random r, boolean leading) {
        String digits = fin ? FIN_DIGITS : DIGITS;
        String[] units = fin ? new String[] {"仟", "佰", "拾", ""} : new String[] {"千", "百", "十", ""};
        int[] d = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
        StringBuilder sb = new StringBuilder();
        boolean started = false;
        boolean gap = false;
        for (int i = 0; i < 4; i++) {
            if (d[i] == 0) {
                gap = started;
                continue;
            }
            if (gap) {
                sb.append(zero(fin));
                gap = false;
            }
            boolean tenAlone = !fin && leading && !started && i == 2 && d[i] == 1 && r.nextBoolean();
            if (!tenAlone) {
                boolean liang = !fin && d[i] == 2 && i < 2 && r.nextBoolean();
                sb.append(liang ? '两' : digits.charAt(d[i]));
            }
            sb.append(units[i]);
            started = true;
        }
        return sb.toString();
    }

    private static String zero(boolean fin) {
        return "零";
    }

    private static String fullWidth(String ascii) {
        StringBuilder sb = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            sb.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c);
        }
        return sb.toString();
    }
}
