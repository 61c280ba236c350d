package broadsheet.investments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one run of numerals that may mix Arabic digits, Chinese digits and magnitude units:
 * {@code 138亿}, {@code 1,200万}, {@code 一百三十八亿}, {@code 贰亿}, {@code 3亿零500万},
 * {@code 1.5万亿}, {@code 二十二点八亿}, {@code 50余亿}, {@code 两三万}. Works on text already
 * passed through {@link TextNormalizer}.
 */
final class NumeralParser {

    private static final String CN_DIGITS = "零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖貳參陸";
    private static final int[] CN_VALUES = {0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 1, 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 6};
    private static final String UNITS = "十拾百佰千仟万亿";
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal WAN = new BigDecimal("10000");
    private static final BigDecimal YI = new BigDecimal("100000000");

    private NumeralParser() {
    }

    /**
     * A numeral run. {@code low == high} unless it was written as two neighbouring Chinese digits
     * ("两三万" = 2万 to 3万). {@code trailingMultiplier} is the magnitude written at the end (亿 for
     * "20亿", 千万 for "5千万"): a range like "10-20亿" lends it to its unit-less first half.
     */
    record Run(int start, int end, BigDecimal low, BigDecimal high, BigDecimal trailingMultiplier,
               boolean hasBigUnit, boolean startsWithUnit, boolean startsWithBigUnit,
               MoneyAmount.Qualifier marker) {
        boolean isRange() {
            return low.compareTo(high) != 0;
        }
    }

    private enum Kind { NUM, ZERO, UNIT, POINT, MARK }

    private record Tok(Kind kind, BigDecimal value, boolean arabic, char ch) {
    }

    static boolean isNumeralChar(char c) {
        return isDigit(c) || CN_DIGITS.indexOf(c) >= 0 || UNITS.indexOf(c) >= 0;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isUnit(char c) {
        return UNITS.indexOf(c) >= 0;
    }

    /** Parses a whole string as one numeral ("28", "二十八"); null if it is anything else. */
    static BigDecimal parseWhole(String text) {
        String s = TextNormalizer.normalize(text);
        Run r = scan(s, 0);
        return r != null && r.end() == s.length() && !r.isRange() ? r.low() : null;
    }

    /** Scans the numeral run starting at {@code i}; null when no numeral starts there. */
    static Run scan(String s, int i) {
        List<Tok> toks = new ArrayList<>();
        int p = i;
        int n = s.length();
        while (p < n) {
            char c = s.charAt(p);
            if (isDigit(c)) {
                int q = arabicEnd(s, p);
                String digits = s.substring(p, q).replace(",", "").replace("，", "");
                toks.add(new Tok(Kind.NUM, new BigDecimal(digits), true, c));
                p = q;
            } else if (CN_DIGITS.indexOf(c) >= 0) {
                int v = CN_VALUES[CN_DIGITS.indexOf(c)];
                toks.add(new Tok(v == 0 ? Kind.ZERO : Kind.NUM, BigDecimal.valueOf(v), false, c));
                p++;
            } else if (UNITS.indexOf(c) >= 0) {
                toks.add(new Tok(Kind.UNIT, unitValue(c), false, c));
                p++;
            } else if (c == '点' && !toks.isEmpty() && p + 1 < n && CN_DIGITS.indexOf(s.charAt(p + 1)) >= 0) {
                // Chinese decimal point: 二十二点八亿
                StringBuilder frac = new StringBuilder("0.");
                int q = p + 1;
                while (q < n && CN_DIGITS.indexOf(s.charAt(q)) >= 0) {
                    frac.append(CN_VALUES[CN_DIGITS.indexOf(s.charAt(q))]);
                    q++;
                }
                toks.add(new Tok(Kind.POINT, new BigDecimal(frac.toString()), false, c));
                p = q;
            } else if ((c == '多' || c == '余' || c == '来') && !toks.isEmpty() && p + 1 < n
                    && (isUnit(s.charAt(p + 1)) || Currencies.suffixAt(s, p + 1) != null)) {
                // 50余亿元, 5亿多元, 十来亿元: "and some" markers inside the number
                toks.add(new Tok(Kind.MARK, BigDecimal.ZERO, false, c));
                p++;
            } else {
                break;
            }
        }
        if (toks.isEmpty() || toks.stream().noneMatch(t -> t.kind == Kind.NUM || t.kind == Kind.UNIT)) {
            return null;
        }
        BigDecimal low = eval(toks);
        BigDecimal high = low;
        if (isNeighbourDigits(toks)) {
            List<Tok> lowToks = new ArrayList<>(toks);
            lowToks.remove(1);
            List<Tok> highToks = new ArrayList<>(toks);
            highToks.remove(0);
            low = eval(lowToks);
            high = eval(highToks);
        }
        Tok first = toks.get(0);
        boolean startsWithUnit = first.kind == Kind.UNIT;
        boolean startsWithBig = startsWithUnit && first.value.compareTo(WAN) >= 0;
        boolean hasBig = toks.stream().anyMatch(t -> t.kind == Kind.UNIT && t.value.compareTo(WAN) >= 0);
        return new Run(i, p, low, high, trailingMultiplier(toks), hasBig, startsWithUnit, startsWithBig,
                marker(toks));
    }

    /** End of an Arabic number with optional thousands separators and decimals. */
    private static int arabicEnd(String s, int p) {
        int n = s.length();
        int q = p;
        while (q < n && isDigit(s.charAt(q))) {
            q++;
        }
        if (q - p <= 3) {
            // 1,200 / 1，200: only groups of exactly three digits count as thousands
            while (q + 3 < n && (s.charAt(q) == ',' || s.charAt(q) == '，')
                    && isDigit(s.charAt(q + 1)) && isDigit(s.charAt(q + 2)) && isDigit(s.charAt(q + 3))
                    && (q + 4 >= n || !isDigit(s.charAt(q + 4)))) {
                q += 4;
            }
        }
        if (q + 1 < n && s.charAt(q) == '.' && isDigit(s.charAt(q + 1))) {
            q++;
            while (q < n && isDigit(s.charAt(q))) {
                q++;
            }
        }
        return q;
    }

    private static BigDecimal unitValue(char c) {
        return switch (c) {
            case '十', '拾' -> TEN;
            case '百', '佰' -> BigDecimal.valueOf(100);
            case '千', '仟' -> BigDecimal.valueOf(1000);
            case '万' -> WAN;
            default -> YI;
        };
    }

    /** Classic section algorithm: small units add into the current group, 万/亿 close a group. */
    private static BigDecimal eval(List<Tok> toks) {
        BigDecimal yi = BigDecimal.ZERO;
        BigDecimal wan = BigDecimal.ZERO;
        BigDecimal cur = BigDecimal.ZERO;
        BigDecimal pending = null;
        for (Tok t : toks) {
            switch (t.kind) {
                case NUM -> pending = pending == null ? t.value : pending.multiply(TEN).add(t.value);
                case ZERO -> {
                    // 二〇二二 is digit by digit; 三亿零五百万 just skips the 零
                    if (pending != null) {
                        pending = pending.multiply(TEN);
                    }
                }
                case UNIT -> {
                    if (t.value.compareTo(WAN) < 0) {
                        cur = cur.add(orOne(pending).multiply(t.value));
                    } else if (t.value.compareTo(WAN) == 0) {
                        wan = wan.add(nonZeroOrOne(cur.add(orZero(pending))).multiply(WAN));
                        cur = BigDecimal.ZERO;
                    } else {
                        yi = yi.add(nonZeroOrOne(wan.add(cur).add(orZero(pending))).multiply(YI));
                        wan = BigDecimal.ZERO;
                        cur = BigDecimal.ZERO;
                    }
                    pending = null;
                }
                case POINT -> {
                    pending = cur.add(orZero(pending)).add(t.value);
                    cur = BigDecimal.ZERO;
                }
                default -> {
                    // MARK tokens carry no value
                }
            }
        }
        pending = colloquialTail(toks, pending);
        return yi.add(wan).add(cur).add(orZero(pending));
    }

    /** 两万五 means 25000 and 一百五 means 150: a lone trailing Chinese digit is one place lower. */
    private static BigDecimal colloquialTail(List<Tok> toks, BigDecimal pending) {
        int n = toks.size();
        if (pending == null || n < 2) {
            return pending;
        }
        Tok last = toks.get(n - 1);
        Tok prev = toks.get(n - 2);
        if (last.kind == Kind.NUM && !last.arabic && prev.kind == Kind.UNIT
                && prev.value.compareTo(BigDecimal.valueOf(100)) >= 0) {
            return pending.multiply(prev.value).divide(TEN);
        }
        return pending;
    }

    /** 两三万, 七八千万, 三五亿: two Chinese digits in a row give a range. */
    private static boolean isNeighbourDigits(List<Tok> toks) {
        if (toks.size() < 3) {
            return false;
        }
        Tok a = toks.get(0);
        Tok b = toks.get(1);
        if (a.kind != Kind.NUM || b.kind != Kind.NUM || a.arabic || b.arabic || toks.get(2).kind != Kind.UNIT) {
            return false;
        }
        int x = a.value.intValue();
        int y = b.value.intValue();
        return y == x + 1 || (x == 3 && y == 5);
    }

    private static BigDecimal trailingMultiplier(List<Tok> toks) {
        BigDecimal m = BigDecimal.ONE;
        int k = toks.size() - 1;
        boolean sawBig = false;
        while (k >= 0 && (toks.get(k).kind == Kind.MARK
                || (toks.get(k).kind == Kind.UNIT && toks.get(k).value.compareTo(WAN) >= 0))) {
            if (toks.get(k).kind == Kind.UNIT) {
                m = m.multiply(toks.get(k).value);
                sawBig = true;
            }
            k--;
        }
        // "5千万": the 千 belongs to the magnitude only when it follows Arabic digits
        if (sawBig && k >= 1 && toks.get(k).kind == Kind.UNIT && toks.get(k - 1).arabic) {
            m = m.multiply(toks.get(k).value);
        }
        return m;
    }

    private static MoneyAmount.Qualifier marker(List<Tok> toks) {
        for (Tok t : toks) {
            if (t.kind == Kind.MARK) {
                return t.ch == '来' ? MoneyAmount.Qualifier.APPROXIMATE : MoneyAmount.Qualifier.LOWER_BOUND;
            }
        }
        return null;
    }

    private static BigDecimal orOne(BigDecimal v) {
        return v == null ? BigDecimal.ONE : v;
    }

    private static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    private static BigDecimal nonZeroOrOne(BigDecimal v) {
        return v.signum() == 0 ? BigDecimal.ONE : v;
    }
}
