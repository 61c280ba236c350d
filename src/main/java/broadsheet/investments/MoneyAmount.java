package broadsheet.investments;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One money amount found in a sentence, e.g. {@code 总投资约138亿元} gives text {@code 约138亿元},
 * amount 13800000000, currency CNY, qualifier APPROXIMATE.
 *
 * <p>{@code start}/{@code end} are char offsets into the sentence that was scanned and
 * {@code text} is that span, including qualifiers such as 约, 超过, 左右 or 人民币.
 * All values are in units of {@code currency}, an ISO 4217 code (CNY, USD, EUR, HKD, TWD, JPY, GBP,
 * KRW, THB...; see {@link Currencies}), and are never converted between currencies.
 *
 * <p>How {@code amount}, {@code low} and {@code high} are filled, per qualifier:
 * <ul>
 *   <li>EXACT, APPROXIMATE: amount = low = high.</li>
 *   <li>LOWER_BOUND (超, 超过, 逾, 以上, 不低于, 上亿): amount = low, high = null.</li>
 *   <li>UPPER_BOUND (不到, 不足, 以内, 以下, 不超过): amount = high, low = null.</li>
 *   <li>BELOW (近, 将近, 接近: "just under"): amount = high, low = null.</li>
 *   <li>RANGE (10亿至20亿元, 10-20亿元, 两三万元, 十多亿元, 50余亿元, 十几亿元): low and high are the
 *       ends and amount is the midpoint, so that summing {@code amount} over many articles is not
 *       biased up or down.</li>
 *   <li>VAGUE (数十亿元, 几百万元): low and high are what the words allow (one to ten of the
 *       magnitude: 10亿 to 100亿) and amount is null: there is no value to add.</li>
 * </ul>
 * Values are normalised with {@link BigDecimal#stripTrailingZeros()} and never use a negative
 * scale, so {@code toPlainString()} gives e.g. "13800000000" or "2280000000".
 */
public record MoneyAmount(
        int start,
        int end,
        String text,
        BigDecimal amount,
        BigDecimal low,
        BigDecimal high,
        String currency,
        Qualifier qualifier) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How the number in the text relates to the real value. */
    public enum Qualifier { EXACT, APPROXIMATE, LOWER_BOUND, UPPER_BOUND, BELOW, RANGE, VAGUE }

    /** Builds a non-range amount, filling low/high from the qualifier as documented above. */
    static MoneyAmount single(int start, int end, String text, BigDecimal value,
                              String currency, Qualifier qualifier) {
        BigDecimal v = normalize(value);
        return switch (qualifier) {
            case LOWER_BOUND -> new MoneyAmount(start, end, text, v, v, null, currency, qualifier);
            case UPPER_BOUND, BELOW -> new MoneyAmount(start, end, text, v, null, v, currency, qualifier);
            case RANGE -> range(start, end, text, v, v, currency);
            case VAGUE -> vague(start, end, text, v, v.multiply(BigDecimal.TEN), currency);
            default -> new MoneyAmount(start, end, text, v, v, v, currency, qualifier);
        };
    }

    /** Builds a RANGE amount whose amount is the midpoint of low and high. */
    static MoneyAmount range(int start, int end, String text, BigDecimal low, BigDecimal high,
                             String currency) {
        BigDecimal mid = low.add(high).divide(BigDecimal.valueOf(2), 10, RoundingMode.HALF_EVEN);
        return new MoneyAmount(start, end, text, normalize(mid), normalize(low), normalize(high),
                currency, Qualifier.RANGE);
    }

    /** Builds a VAGUE amount: only its bounds are known, so amount is null. */
    static MoneyAmount vague(int start, int end, String text, BigDecimal low, BigDecimal high, String currency) {
        return new MoneyAmount(start, end, text, null, normalize(low), normalize(high), currency, Qualifier.VAGUE);
    }

    /** Same money as {@code other}: equal amount and currency, wherever and however written; never for VAGUE. */
    public boolean sameValueAs(MoneyAmount other) {
        return other != null
                && amount != null && other.amount != null
                && currency.equals(other.currency)
                && amount.compareTo(other.amount) == 0;
    }

    static BigDecimal normalize(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
