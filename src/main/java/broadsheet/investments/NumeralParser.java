package broadsheet.investments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one run of numerals that may mix Arabic digits, Chinese digits and magnitude units:
 * {@code 138亿}, {@code 1,200万}, {@code 一百三十八亿}, {@code 肆佰叁拾万}, {@code 3亿零500万},
 * {@code 1.5万亿}, {@code 二十二点八亿}, {@code 12.5 亿}. Some runs are ranges:
 * <ul>
 *   <li>two neighbouring Chinese digits: {@code 两三万} = 2万..3万, {@code 十七八亿} = 17亿..18亿;</li>
 *   <li>多/余 after the number: {@code 50多亿} = 50亿..60亿, {@code 5亿多} = 5亿..6亿 (the rest is less than
 *       one of the number's last written digit);</li>
 *   <li>几 (or 数) in a digit's place: {@code 十几亿} = 10亿..20亿, {@code 二十几万} = 20万..30万.</li>
 * </ul>
 * 几 or 数 in the leading place ({@code 数十亿}, {@code 几百万}) make a vague run: from one to ten of
 * that magnitude. Works on text already passed through {@link TextNormalizer}.
 */
final class NumeralParser {

    private static final String CN_DIGITS = "零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖貳參陸";
    private static final int[] CN_VALUES = {0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 1, 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 6};
    private static final String UNITS = "十拾百佰千仟万亿";
    /** Financial (大写) digits; a run never mixes them with everyday ones (队伍两千万 is 两千万), units may mix (三仟万). */
    private static final String FINANCIAL = "壹贰叁肆伍陆柒捌玖貳參陸";
    private static final String EVERYDAY = "一二两三四五六七八九";
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal WAN = new BigDecimal("10000");
    private static final BigDecimal YI = new BigDecimal("100000000");

    private NumeralParser() {
    }

    /**
     * A numeral run from {@code start} to {@code end}. {@code low == high} unless it is a range or vague
     * (see the class comment). {@code multipliers} are the magnitudes it can lend to the unit-less first
     * half of a range, most likely first ("两到三千万": 千万, then 万; "10-20亿": 亿), always ending with 1.
     */
    record Run(int start, int end, BigDecimal low, BigDecimal high, boolean vague, List<BigDecimal> multipliers,
               boolean hasBigUnit, boolean startsWithUnit, boolean startsWithBigUnit,
               MoneyAmount.Qualifier marker) {
        boolean isRange() {
            return !vague && low.compareTo(high) != 0;
        }
    }

    private enum Kind { NUM, ZERO, UNIT, POINT, MARK, ANY }

    private record Tok(Kind kind, BigDecimal value, boolean arabic, char ch) {
        Tok withValue(int v) {
            return new Tok(Kind.NUM, BigDecimal.valueOf(v), false, ch);
        }
    }

    static boolean isNumeralChar(char c) {
        return isDigit(c) || CN_DIGITS.indexOf(c) >= 0 || UNITS.indexOf(c) >= 0 || c == '几' || c == '数';
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
        return r != null && r.end() == s.length() && !r.isRange() && !r.vague() ? r.low() : null;
    }

    /** Scans the numeral run starting at {@code i}; null when no numeral starts there. */
    static Run scan(String s, int i) {
        List<Tok> toks = new ArrayList<>();
        int style = 0; // 0 not yet known, 1 everyday Chinese, 2 financial
        int p = i;
        int n = s.length();
        while (p < n) {
            char c = s.charAt(p);
            Tok last = toks.isEmpty() ? null : toks.get(toks.size() - 1);
            int charStyle = FINANCIAL.indexOf(c) >= 0 ? 2 : EVERYDAY.indexOf(c) >= 0 ? 1 : 0;
            if (charStyle != 0 && style != 0 && charStyle != style) {
                break;
            }
            if (isDigit(c)) {
                if (last != null && (last.kind == Kind.NUM && !last.arabic || last.kind == Kind.POINT
                        || last.kind == Kind.ANY || last.kind == Kind.ZERO
                        && (toks.size() < 2 || toks.get(toks.size() - 2).kind != Kind.UNIT))) {
                    break; // 大陆5亿, 找零3元: 陆 and 零 are not digits of 5亿 and 3元 (3亿零500万 is one number)
                }
                int q = arabicEnd(s, p);
                String digits = s.substring(p, q).replace(",", "").replace("，", "");
                toks.add(new Tok(Kind.NUM, new BigDecimal(digits), true, c));
                p = q;
            } else if (CN_DIGITS.indexOf(c) >= 0) {
                if (last != null && last.arabic) {
                    break;
                }
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
            } else if ((c == '多' || c == '余' || c == '来') && last != null
                    && (last.kind == Kind.NUM || last.kind == Kind.UNIT) && unitOrCurrencyAt(s, p + 1)) {
                // 50余亿元, 5亿多元, 十来亿元: "and some" markers inside the number
                toks.add(new Tok(Kind.MARK, BigDecimal.ZERO, false, c));
                p++;
            } else if (isAnyDigit(s, p, last)) {
                toks.add(new Tok(Kind.ANY, BigDecimal.ZERO, false, c));
                p++;
            } else if (c == ' ' && last != null && last.arabic && p + 1 < n && isUnit(s.charAt(p + 1))) {
                p++; // 12.5 亿: a space between the digits and their unit
                continue;
            } else {
                break;
            }
            if (charStyle != 0) {
                style = charStyle;
            }
        }
        if (toks.stream().noneMatch(t -> t.kind == Kind.NUM || t.kind == Kind.UNIT)) {
            return null;
        }
        BigDecimal low;
        BigDecimal high;
        boolean vague = toks.get(0).kind == Kind.ANY;
        int pair = neighbourDigits(toks);
        if (vague) {
            // 数十亿, 几百万: one to ten of the magnitude written
            low = eval(substituteAny(toks, 1, 1));
            high = low.multiply(TEN);
        } else if (toks.stream().anyMatch(t -> t.kind == Kind.ANY)) {
            // 十几亿: 几 is any digit 1..9, so the value lies between 10亿 and 20亿
            BigDecimal one = eval(substituteAny(toks, 1, 1));
            BigDecimal step = eval(substituteAny(toks, 2, 2)).subtract(one);
            low = one.subtract(step);
            high = low.add(step.multiply(TEN));
        } else if (pair >= 0) {
            List<Tok> lowToks = new ArrayList<>(toks);
            lowToks.remove(pair + 1);
            List<Tok> highToks = new ArrayList<>(toks);
            highToks.remove(pair);
            low = eval(lowToks);
            high = eval(highToks);
        } else {
            low = eval(toks);
            high = low;
            int mark = markIndex(toks);
            if (mark >= 0 && low.signum() > 0) {
                // 50多亿 = 50亿..60亿: what 多 adds is less than one of the last digit written;
                // after a unit, less than one of that unit (1000万余 = 1000万..1001万, 10亿多 = 10亿..11亿)
                BigDecimal step = BigDecimal.ONE.scaleByPowerOfTen(-low.stripTrailingZeros().scale());
                if (toks.get(mark - 1).kind == Kind.UNIT) {
                    BigDecimal place = BigDecimal.ONE;
                    for (int k = mark - 1; k >= 0 && toks.get(k).kind == Kind.UNIT; k--) {
                        place = place.multiply(toks.get(k).value);
                    }
                    for (int k = mark + 1; k < toks.size() && toks.get(k).kind == Kind.UNIT; k++) {
                        place = place.multiply(toks.get(k).value);
                    }
                    step = step.min(place);
                }
                high = low.add(step);
            }
        }
        Tok first = toks.get(0);
        boolean startsWithUnit = first.kind == Kind.UNIT;
        boolean startsWithBig = startsWithUnit && first.value.compareTo(WAN) >= 0;
        boolean hasBig = toks.stream().anyMatch(t -> t.kind == Kind.UNIT && t.value.compareTo(WAN) >= 0);
        return new Run(i, p, low, high, vague, multipliers(toks), hasBig, startsWithUnit, startsWithBig,
                marker(toks));
    }

    private static boolean unitOrCurrencyAt(String s, int p) {
        return p < s.length() && (isUnit(s.charAt(p)) || Currencies.suffixAt(s, p) != null);
    }

    /**
     * 几 in a digit's place (几十亿, 十几亿, 一百几十万), or 数 leading a magnitude (数十亿, 数亿, 十数亿); both
     * need a unit or currency after them.
     */
    private static boolean isAnyDigit(String s, int p, Tok last) {
        char c = s.charAt(p);
        if (c != '几' && c != '数' || !unitOrCurrencyAt(s, p + 1)) {
            return false;
        }
        if (last == null) {
            return c == '几' || isUnit(s.charAt(p + 1));
        }
        return last.kind == Kind.UNIT && !last.arabic && (c == '几' || last.ch == '十');
    }

    /** Every ANY token as a digit: the first as {@code first}, the others as {@code rest}. */
    private static List<Tok> substituteAny(List<Tok> toks, int first, int rest) {
        List<Tok> out = new ArrayList<>(toks.size());
        boolean seen = false;
        for (Tok t : toks) {
            if (t.kind == Kind.ANY) {
                out.add(t.withValue(seen ? rest : first));
                seen = true;
            } else {
                out.add(t);
            }
        }
        return out;
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
                    // MARK tokens carry no value; ANY tokens are substituted before eval
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

    /**
     * 两三万, 七八千万, 三五亿, 十七八亿, 一百五六十万: two neighbouring Chinese digits right before a unit
     * (and at the start or after a unit) give a range. Returns the index of the first of them, or -1.
     */
    private static int neighbourDigits(List<Tok> toks) {
        for (int j = 0; j + 2 < toks.size(); j++) {
            Tok a = toks.get(j);
            Tok b = toks.get(j + 1);
            if (a.kind != Kind.NUM || b.kind != Kind.NUM || a.arabic || b.arabic
                    || toks.get(j + 2).kind != Kind.UNIT || j > 0 && toks.get(j - 1).kind != Kind.UNIT) {
                continue;
            }
            int x = a.value.intValue();
            int y = b.value.intValue();
            if (y == x + 1 || x == 3 && y == 5) {
                return j;
            }
        }
        return -1;
    }

    /**
     * What this run can lend to the bare first half of a range: all its trailing units when it is one
     * number followed by units (三千万 -> 千万, 三十亿 -> 十亿, 3百 -> 百), then its trailing 万/亿 (with a
     * 千 written after Arabic digits: 5千万), then 1. A run with 万/亿 inside (3亿5000万) lends nothing.
     */
    private static List<BigDecimal> multipliers(List<Tok> toks) {
        List<Tok> t = toks.stream().filter(x -> x.kind != Kind.MARK).toList();
        List<BigDecimal> out = new ArrayList<>();
        int k = t.size() - 1;
        BigDecimal all = BigDecimal.ONE;
        while (k >= 0 && t.get(k).kind == Kind.UNIT) {
            all = all.multiply(t.get(k).value);
            k--;
        }
        for (int j = 0; j < k; j++) {
            if (t.get(j).kind == Kind.UNIT && t.get(j).value.compareTo(WAN) >= 0) {
                return List.of(BigDecimal.ONE);
            }
        }
        if (k >= 0) {
            out.add(all);
        }
        BigDecimal big = BigDecimal.ONE;
        int m = t.size() - 1;
        while (m >= 0 && t.get(m).kind == Kind.UNIT && t.get(m).value.compareTo(WAN) >= 0) {
            big = big.multiply(t.get(m).value);
            m--;
        }
        if (big.compareTo(BigDecimal.ONE) > 0 && m >= 1 && t.get(m).kind == Kind.UNIT && t.get(m - 1).arabic) {
            big = big.multiply(t.get(m).value);
        }
        for (BigDecimal b : List.of(big, BigDecimal.ONE)) {
            if (out.stream().noneMatch(x -> x.compareTo(b) == 0)) {
                out.add(b);
            }
        }
        return List.copyOf(out);
    }

    /** Index of the 多 or 余 of the run, or -1. */
    private static int markIndex(List<Tok> toks) {
        for (int k = 1; k < toks.size(); k++) {
            if (toks.get(k).kind == Kind.MARK && toks.get(k).ch != '来') {
                return k;
            }
        }
        return -1;
    }

    private static MoneyAmount.Qualifier marker(List<Tok> toks) {
        for (Tok t : toks) {
            if (t.kind == Kind.MARK && t.ch == '来') {
                return MoneyAmount.Qualifier.APPROXIMATE;
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
