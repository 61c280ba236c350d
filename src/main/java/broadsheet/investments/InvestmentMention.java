package broadsheet.investments;

import java.io.Serializable;

/**
 * One investment amount mentioned in an article.
 *
 * @param sentenceIdx  index into the body sentences, -1 for the headline
 * @param sentence     the sentence (or headline) the amount was found in
 * @param amount       the amount; offsets refer to {@code sentence}
 * @param kind         TOTAL over several projects, SUBTOTAL part of another mention, or SINGLE project
 * @param parentIndex  for a SUBTOTAL, the index (in the returned list) of the mention it is part of
 * @param projectCount number of projects the amount covers when the text says so (28个项目), else null
 * @param counted      false when the amount must not be added to a sum (subtotal, repeat)
 * @param reason       why it is not counted ("subtotal of mention 0", "duplicate of mention 2",
 *                     "not investment: quota", "cancelled"), else null
 * @param status       planned, signed, approved, not_approved, started, completed or cancelled when the
 *                     text says so, else null
 * @param nonInvestment what the money is when it is not investment (assets_under_management, quota,
 *                     threshold, fee, advertising, savings, funding_source, resale_purchase), else null
 */
public record InvestmentMention(
        int sentenceIdx,
        String sentence,
        MoneyAmount amount,
        Kind kind,
        Integer parentIndex,
        Integer projectCount,
        boolean counted,
        String reason,
        String status,
        String nonInvestment) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the amount covers. */
    public enum Kind { TOTAL, SUBTOTAL, SINGLE }
}
