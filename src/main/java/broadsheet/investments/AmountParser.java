package broadsheet.investments;

import broadsheet.investments.MoneyAmount.Qualifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds money amounts in Chinese news sentences.
 *
 * <p>A match is a numeral run (Arabic, full-width, Chinese or financial digits with 万/亿/千万... units,
 * spaces allowed between digits and unit: see {@link NumeralParser}), optionally a range
 * ({@code 10亿至20亿元}, {@code 10-20亿元}, {@code 8000万——1.2亿元}, {@code 1亿(含)-5亿元}, {@code 两三万元},
 * {@code 十多亿元}), a currency word after or before it (元, 美元, 泰铢, 人民币, 港币, 新台币, US$...: see
 * {@link Currencies}; with 角 and 分 after 元) and qualifier words around it (约, 超过, 近, 不到, 以上,
 * 左右, (含)以上...). {@code 数十亿元} and {@code 几百万元} are VAGUE: bounds only. See {@link MoneyAmount}
 * for how bounds and ranges are stored.
 *
 * <p>Not returned: numbers without a currency (counts, years, percentages, phone numbers, ids), per-unit
 * prices and rates ({@code 7000元/平方米}, {@code 每平方米7000元}, {@code 每户800元}, {@code 每月3000元},
 * {@code 人均...}; {@code 每年} amounts are kept), currencies whose name is ambiguous (法郎, 克朗 without a
 * country), exchange rates written {@code 兑人民币6.9}, and zero. One exception to "needs a currency": a
 * number with 万 or 亿 right after a money noun ({@code 总投资138亿}, {@code 营收超5亿}) is read as
 * CNY, because headlines often drop the 元.
 */
public final class AmountParser {

    /** Per-unit prices: 每平方米7000元, 每吨, 人均, 均价... */
    private static final Pattern PER_UNIT_BEFORE = Pattern.compile(
            "每(?:平方米|平米|平方|㎡|亩|吨|人|户|千克|公斤|斤|克|件|台|辆|套|股|度|千瓦时|立方米|立方|方|米|公里|张|间"
                    + "|人次|次|小时|天|日|月|个|只|头|盒|瓶|箱|部|晚|位|名|家|床)"
                    + "|人均|户均|亩均|均价|(?<![订账菜清名])单价");

    /** Money nouns that license an amount without 元 (总投资138亿). */
    private static final Pattern IMPLICIT_CNY_CUE = Pattern.compile(
            "(?:投资|投入|资金|金额|总额|营收|收入|销售额|产值|利润|税收|GDP|生产总值|总值|融资|注资|出资|引资)"
                    + "[额总达为共计约合到了]{0,3}$");

    /** Currencies without a code here: 500亿法郎 is not 500亿 yuan, so such an amount is dropped. */
    private static final Pattern OTHER_CURRENCY_AFTER = Pattern.compile(
            "^(?:法郎|卢比|里拉|比索|盾|克朗|先令|第纳尔|里亚尔|迪拉姆|雷亚尔|埃居|戈比)");

    /** Characters that start a measure word, so 138亿 before them is a count (1亿人, 10万吨). */
    private static final String MEASURE_CHARS = "吨个人亩米辆台件户次套家只头匹瓦座栋间张名位项所处条批期年月日天时份股度克斤方箱盒瓶部册本篇首平公倍分秒";

    /** (含)/(不含) after an end of a range or bound (full-width brackets are normalised). */
    private static final String[] INCLUSIVE = {"(含)", "(不含)", "(含本数)", "(不含本数)"};

    private static final String CLAUSE_BREAKS = "，,；;。！？!?:：、 \t\n";

    private AmountParser() {
    }

    /** Every money amount in the sentence, left to right, with offsets into {@code sentence}. */
    public static List<MoneyAmount> findAll(String sentence) {
        if (sentence == null || sentence.isEmpty()) {
            return List.of();
        }
        String s = TextNormalizer.normalize(sentence);
        List<MoneyAmount> out = new ArrayList<>();
        int i = 0;
        int minStart = 0;
        while (i < s.length()) {
            if (!NumeralParser.isNumeralChar(s.charAt(i))) {
                i++;
                continue;
            }
            Found f = matchAt(sentence, s, i, minStart);
            if (f != null) {
                i = f.end();
                if (f.amount() != null) {
                    out.add(f.amount());
                    minStart = i; // a skipped per-unit price still rules the amounts after it: 每股1美元涨到54美元
                }
            } else {
                // skip the whole run: a money amount never starts in the middle of 2022 or 一百
                NumeralParser.Run run = NumeralParser.scan(s, i);
                i = run == null ? i + 1 : Math.max(i + 1, run.end());
            }
        }
        return List.copyOf(out);
    }

    /**
     * Parses text that is exactly one money amount, such as {@code 约138亿元} or
     * {@code 10-20亿美元} (surrounding whitespace is ignored). Returns empty when the text holds no
     * amount, more than one, or extra words; use {@link #findAll} to search inside a sentence.
     * Offsets in the result refer to the trimmed text.
     */
    public static Optional<MoneyAmount> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        List<MoneyAmount> all = findAll(t);
        if (all.size() == 1 && all.get(0).start() == 0 && all.get(0).end() == t.length()) {
            return Optional.of(all.get(0));
        }
        return Optional.empty();
    }

    /** What {@link #matchAt} read: an amount, or (amount null) a per-unit price to skip whole, range and all. */
    private record Found(MoneyAmount amount, int end) {
    }

    private static Found matchAt(String original, String s, int i, int minStart) {
        if (i > 0 && "数几若第".indexOf(s.charAt(i - 1)) >= 0) {
            return null; // the rest of 若干亿元, 第一; a failed 数十/几百 is no value either
        }
        NumeralParser.Run q1 = NumeralParser.scan(s, i);
        if (q1 == null) {
            return null;
        }
        Currencies.Match cur = currencyAfter(s, q1.end());
        BigDecimal cents = cur == null ? BigDecimal.ZERO : cur.cents();
        BigDecimal low = q1.low().add(cents);
        BigDecimal high = q1.high().add(cents);
        boolean range = q1.isRange();
        boolean bigUnit = q1.hasBigUnit();
        int p = inclusiveEnd(s, cur != null ? cur.end() : q1.end());

        // second half of a range: 10亿至20亿元, 10-20亿元, 8000万——1.2亿元, 1亿(含)-5亿元, 3亿元--5亿
        int at = range || q1.vague() ? -1 : separatorEnd(s, p);
        NumeralParser.Run q2 = at > 0 ? NumeralParser.scan(s, at) : null;
        if (q2 != null && !q2.vague()) {
            Currencies.Match cur2 = currencyAfter(s, q2.end());
            boolean sameCurrency = cur2 == null || cur == null || cur2.code().equals(cur.code());
            BigDecimal from = sameCurrency ? rangeStart(q1, cur, q2) : null;
            if (from != null && (cur2 != null || secondHalfEnds(s, q2))) {
                low = from;
                high = q2.high().add(cur2 == null ? BigDecimal.ZERO : cur2.cents()); // 5万亿-5.3万亿余元: to 5.4万亿
                range = true;
                bigUnit = bigUnit || q2.hasBigUnit();
                cur = cur2 != null ? cur2 : cur;
                p = inclusiveEnd(s, cur2 != null ? cur2.end() : q2.end());
            }
        }
        int end = p;
        int next = end < s.length() && s.charAt(end) == ' ' ? end + 1 : end;
        if (cur != null && next < s.length() && (s.charAt(next) == '/' || s.charAt(next) == '每')) {
            return null; // 7000元/平方米, 50元每吨
        }
        Qualifiers.Match suffix = Qualifiers.suffixAt(s, end);
        if (suffix != null && suffix.qualifier() == Qualifier.RANGE && !range) {
            suffix = null; // 之间, 不等 only close a range
        }
        if (suffix != null) {
            end = suffix.end();
        }
        if (!range && !q1.vague() && suffix != null && suffix.qualifier() == Qualifier.LOWER_BOUND) {
            // 三千元以上八万元以下: a lower and an upper bound written together are a range
            NumeralParser.Run q3 = NumeralParser.scan(s, end);
            Currencies.Match cur3 = q3 == null || q3.vague() || q3.isRange() ? null : currencyAfter(s, q3.end());
            Qualifiers.Match suffix3 = cur3 == null ? null : Qualifiers.suffixAt(s, inclusiveEnd(s, cur3.end()));
            if (suffix3 != null && suffix3.qualifier() == Qualifier.UPPER_BOUND
                    && (cur == null || cur.code().equals(cur3.code())) && low.compareTo(q3.low()) < 0) {
                high = q3.low().add(cur3.cents());
                range = true;
                bigUnit = bigUnit || q3.hasBigUnit();
                cur = cur3;
                end = suffix3.end();
            }
        }

        // qualifier and currency before the number, in either order: 约人民币5亿元, 人民币约5亿元
        int start = i;
        Qualifiers.Match prefix = null;
        Currencies.Match prefixCur = null;
        for (int step = 0; step < 2; step++) {
            if (prefixCur == null && (prefixCur = Currencies.prefixEndingAt(s, start, minStart)) != null) {
                start = prefixCur.start();
            } else if (prefix == null
                    && (prefix = Qualifiers.prefixEndingAt(s, start, minStart, q1.startsWithUnit())) != null) {
                start = prefix.start();
            } else {
                break;
            }
        }

        Qualifier qualifier = q1.vague() ? Qualifier.VAGUE : combine(range, prefix, q1.marker(), suffix);
        boolean bound = qualifier == Qualifier.LOWER_BOUND || qualifier == Qualifier.UPPER_BOUND
                || qualifier == Qualifier.BELOW;
        if (q1.startsWithBigUnit() && !bound) {
            return null; // a bare 亿元 only means 1亿 in 超亿元, 近亿元, 亿元以上
        }
        // a currency word before the number names the currency of a generic 元 after it: 港币两千万元
        String currency = cur != null && !cur.generic() ? cur.code()
                : prefixCur != null ? prefixCur.code()
                : cur != null ? cur.code() : null;
        if (cur == null && prefixCur != null && (prefixCur.start() > 0 && s.charAt(prefixCur.start() - 1) == '兑'
                || !bigUnit && Character.isIdeographic(s.charAt(prefixCur.start())))) {
            return null; // 1美元兑人民币6.9 is an exchange rate; 欧元1999年 a year: a word alone needs 万 or 亿
        }
        if (currency == null && bigUnit) {
            currency = sharedCurrency(s, end); // 283.98亿和260.19亿美元: the unit is written once
        }
        if (currency == null) {
            if (!bigUnit || !implicitCny(s, start, end)) {
                return null;
            }
            currency = "CNY";
        }
        if (perUnitBefore(s, start, minStart)) {
            return new Found(null, end); // 人均28万马克到68万马克: neither end is an amount
        }
        if (high.signum() == 0) {
            return null;
        }
        String text = original.substring(start, end);
        if (qualifier == Qualifier.VAGUE) {
            return new Found(MoneyAmount.vague(start, end, text, low, high, currency), end);
        }
        return new Found(range
                ? MoneyAmount.range(start, end, text, low, high, currency)
                : MoneyAmount.single(start, end, text, low, currency, qualifier), end);
    }

    /** The currency word right after a number, or after one space (12.5亿 元), or null. */
    private static Currencies.Match currencyAfter(String s, int p) {
        Currencies.Match m = Currencies.suffixAt(s, p);
        if (m == null && p < s.length() && s.charAt(p) == ' ') {
            m = Currencies.suffixAt(s, p + 1);
        }
        return m;
    }

    /** After (含) or (不含) that says whether an end is included: 1亿元(含)以上, 1亿(含)-5亿元. */
    private static int inclusiveEnd(String s, int p) {
        for (String w : INCLUSIVE) {
            if (s.startsWith(w, p)) {
                return p + w.length();
            }
        }
        return p;
    }

    /** Where the second half of a range starts after a range word or mark at {@code p}, or -1. */
    private static int separatorEnd(String s, int p) {
        int n = s.length();
        int q = p < n && s.charAt(p) == ' ' ? p + 1 : p;
        if (q >= n) {
            return -1;
        }
        if (s.charAt(q) == '至' || s.charAt(q) == '到') {
            q++;
        } else if (s.charAt(q) == '-' || s.charAt(q) == '~') {
            int marks = 0;
            while (q < n && (s.charAt(q) == '-' || s.charAt(q) == '~') && marks < 3) {
                q++;
                marks++;
            }
        } else {
            return -1;
        }
        return q < n && s.charAt(q) == ' ' ? q + 1 : q;
    }

    /**
     * The low end of a range whose high end is {@code q2}: the first half, lent the second half's magnitude
     * when it has none of its own (10-20亿元, 两到三仟万元, 两~3百元), else as written (8500到3万元, at most
     * 100 times apart); null when it is not below the high end.
     */
    private static BigDecimal rangeStart(NumeralParser.Run q1, Currencies.Match cur1, NumeralParser.Run q2) {
        boolean bare = cur1 == null && !q1.hasBigUnit();
        List<BigDecimal> multipliers = bare ? q2.multipliers() : List.of(BigDecimal.ONE);
        BigDecimal cents = cur1 == null ? BigDecimal.ZERO : cur1.cents();
        for (BigDecimal m : multipliers) {
            BigDecimal from = q1.low().multiply(m).add(cents);
            if (from.compareTo(q2.low()) >= 0) {
                continue;
            }
            if (bare && m.compareTo(BigDecimal.ONE) == 0 && q2.hasBigUnit()
                    && from.multiply(BigDecimal.valueOf(100)).compareTo(q2.low()) < 0) {
                continue;
            }
            return from;
        }
        return null;
    }

    /**
     * A second half without a currency ends the amount: 5亿元至8亿 before anything but a measure word
     * (5亿元至8亿人 is not money), a plain number only before a break or 左右/不等 (500元至800, but not
     * 500元至2025年).
     */
    private static boolean secondHalfEnds(String s, NumeralParser.Run q2) {
        int e = inclusiveEnd(s, q2.end());
        if (e >= s.length()) {
            return true;
        }
        char c = s.charAt(e);
        if (q2.hasBigUnit()) {
            return MEASURE_CHARS.indexOf(c) < 0 && !(c < 128 && Character.isLetterOrDigit(c)) && c != '%';
        }
        return "，,；;。！？!?:：、)".indexOf(c) >= 0 || Qualifiers.suffixAt(s, e) != null;
    }

    /** The currency of the next amount when this one is joined to it by 和/及/与/、 and has none. */
    private static String sharedCurrency(String s, int end) {
        if (end >= s.length() || "和及与、".indexOf(s.charAt(end)) < 0) {
            return null;
        }
        NumeralParser.Run next = NumeralParser.scan(s, end + 1);
        if (next == null || !next.hasBigUnit()) {
            return null;
        }
        Currencies.Match c = Currencies.suffixAt(s, next.end());
        return c == null ? null : c.code();
    }

    /** A range wins; then a bound (prefix first); then "approximately"; else exact. */
    private static Qualifier combine(boolean range, Qualifiers.Match prefix, Qualifier marker,
                                     Qualifiers.Match suffix) {
        if (range) {
            return Qualifier.RANGE;
        }
        Qualifier[] found = {
            prefix == null ? null : prefix.qualifier(), marker, suffix == null ? null : suffix.qualifier()
        };
        for (Qualifier q : found) {
            if (q == Qualifier.LOWER_BOUND || q == Qualifier.UPPER_BOUND || q == Qualifier.BELOW) {
                return q;
            }
        }
        for (Qualifier q : found) {
            if (q == Qualifier.APPROXIMATE) {
                return q;
            }
        }
        return Qualifier.EXACT;
    }

    private static boolean implicitCny(String s, int start, int end) {
        while (start > 0 && s.charAt(start - 1) == ' ') {
            start--; // 总投资 138亿
        }
        if (OTHER_CURRENCY_AFTER.matcher(s).region(end, s.length()).lookingAt()) {
            return false;
        }
        if (end < s.length()) {
            char next = s.charAt(end);
            if (MEASURE_CHARS.indexOf(next) >= 0 || Character.isLetter(next) && next < 128) {
                return false;
            }
        }
        return IMPLICIT_CNY_CUE.matcher(leftClause(s, start, 0, 8)).find();
    }

    private static boolean perUnitBefore(String s, int start, int minStart) {
        return PER_UNIT_BEFORE.matcher(leftClause(s, start, minStart, 10)).find();
    }

    /** Up to {@code max} chars before {@code start}, cut at the last clause break. */
    private static String leftClause(String s, int start, int minStart, int max) {
        int from = Math.max(minStart, start - max);
        String left = s.substring(from, start);
        for (int k = left.length() - 1; k >= 0; k--) {
            if (CLAUSE_BREAKS.indexOf(left.charAt(k)) >= 0) {
                return left.substring(k + 1);
            }
        }
        return left;
    }
}
