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
 * <p>A match is a numeral run (Arabic, full-width or Chinese digits with 万/亿/千万... units),
 * optionally a range ({@code 10亿至20亿元}, {@code 10-20亿元}, {@code 两三万元}), a currency
 * word after or before it (元, 美元, 人民币...) and qualifier words around it (约, 超过, 近,
 * 不到, 以上, 左右...). See {@link MoneyAmount} for how bounds and ranges are stored.
 *
 * <p>Not returned: numbers without a currency (counts, years, percentages), per-unit prices and
 * rates ({@code 7000元/平方米}, {@code 每平方米7000元}, {@code 每户800元}, {@code 每月3000元},
 * {@code 人均...}; {@code 每年} amounts are kept), vague amounts
 * ({@code 数亿元}, {@code 几十万元}) and zero. One exception to "needs a currency": a number
 * with 万 or 亿 right after a money noun ({@code 总投资138亿}, {@code 营收超5亿}) is read as
 * CNY, because headlines often drop the 元.
 */
public final class AmountParser {

    /** Per-unit prices: 每平方米7000元, 每吨, 人均, 均价... */
    private static final Pattern PER_UNIT_BEFORE = Pattern.compile(
            "每(?:平方米|平米|平方|㎡|亩|吨|人|户|千克|公斤|斤|克|件|台|辆|套|股|度|千瓦时|立方米|立方|方|米|公里|张|间"
                    + "|人次|次|小时|天|日|月|个|只|头|盒|瓶|箱|部|晚|位|名|家|床)"
                    + "|人均|户均|亩均|均价|单价");

    /** Money nouns that license an amount without 元 (总投资138亿). */
    private static final Pattern IMPLICIT_CNY_CUE = Pattern.compile(
            "(?:投资|投入|资金|金额|总额|营收|收入|销售额|产值|利润|税收|GDP|生产总值|总值|融资|注资|出资|引资)"
                    + "[额总达为共计约合到了]{0,3}$");

    /** Currencies without a code here: 500亿马克 is not 500亿 yuan, so such an amount is dropped. */
    private static final Pattern OTHER_CURRENCY_AFTER = Pattern.compile(
            "^(?:加元|加拿大元|马克|法郎|瑞郎|卢布|卢比|韩元|澳元|新加坡元|新元|新台币|台币|里拉|比索|兰特|林吉特|泰铢"
                    + "|印尼盾|荷兰盾|盾|克朗|先令|第纳尔|里亚尔)");

    /** Characters that start a measure word, so 138亿 before them is a count (1亿人, 10万吨). */
    private static final String MEASURE_CHARS = "吨个人亩米辆台件户次套家只头匹瓦座栋间张名位项所处条批期年月日天时份股度克斤方箱盒瓶部册本篇首平公倍分秒";

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
            MoneyAmount m = matchAt(sentence, s, i, minStart);
            if (m != null) {
                out.add(m);
                i = m.end();
                minStart = i;
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

    private static MoneyAmount matchAt(String original, String s, int i, int minStart) {
        if (i > 0 && "数几若第".indexOf(s.charAt(i - 1)) >= 0) {
            return null; // 数十亿元, 几百万元: too vague to be a value
        }
        NumeralParser.Run q1 = NumeralParser.scan(s, i);
        if (q1 == null) {
            return null;
        }
        BigDecimal low = q1.low();
        BigDecimal high = q1.high();
        boolean range = q1.isRange();
        boolean bigUnit = q1.hasBigUnit();
        int p = q1.end();
        Currencies.Match cur = Currencies.suffixAt(s, p);
        if (cur != null) {
            p = cur.end();
        }

        // second half of a range: 10亿至20亿元, 10-20亿元, 三到五万元
        int sep = rangeSeparatorLength(s, p);
        NumeralParser.Run q2 = sep > 0 && !range ? NumeralParser.scan(s, p + sep) : null;
        if (q2 != null && !q2.isRange()) {
            Currencies.Match cur2 = Currencies.suffixAt(s, q2.end());
            BigDecimal from = q1.hasBigUnit() ? q1.low() : q1.low().multiply(q2.trailingMultiplier());
            if ((cur2 != null || cur == null) && from.compareTo(q2.low()) < 0) {
                low = from;
                high = q2.low();
                range = true;
                bigUnit = q2.hasBigUnit();
                cur = cur2;
                p = cur2 != null ? cur2.end() : q2.end();
            }
        }
        int end = p;
        if (cur != null && end < s.length() && (s.charAt(end) == '/' || s.charAt(end) == '每')) {
            return null; // 7000元/平方米, 50元每吨
        }
        Qualifiers.Match suffix = Qualifiers.suffixAt(s, end);
        if (suffix != null) {
            end = suffix.end();
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

        Qualifier qualifier = combine(range, prefix, q1.marker(), suffix);
        boolean bound = qualifier == Qualifier.LOWER_BOUND || qualifier == Qualifier.UPPER_BOUND
                || qualifier == Qualifier.BELOW;
        if (q1.startsWithBigUnit() && !bound) {
            return null; // a bare 亿元 only means 1亿 in 超亿元, 近亿元, 亿元以上
        }
        String currency = cur != null ? cur.code() : prefixCur != null ? prefixCur.code() : null;
        if (currency == null && bigUnit) {
            currency = sharedCurrency(s, end); // 283.98亿和260.19亿美元: the unit is written once
        }
        if (currency == null) {
            if (!bigUnit || !implicitCny(s, start, end)) {
                return null;
            }
            currency = "CNY";
        }
        if (perUnitBefore(s, start, minStart) || high.signum() == 0) {
            return null;
        }
        String text = original.substring(start, end);
        return range
                ? MoneyAmount.range(start, end, text, low, high, currency)
                : MoneyAmount.single(start, end, text, low, currency, qualifier);
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

    private static int rangeSeparatorLength(String s, int p) {
        if (p >= s.length()) {
            return 0;
        }
        return "至到-~".indexOf(s.charAt(p)) >= 0 ? 1 : 0;
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
