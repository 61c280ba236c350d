package broadsheet.investments;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money that sits next to an investment word but is not money committed to building or acquiring
 * productive assets: assets under management (委托规模300亿元), quotas and ceilings (QFII额度2亿美元),
 * thresholds and requirements (最低注册资本1亿元, 投资门槛5000万元), fees, advertising or marketing
 * spend (广告投入8000万元), stocks of savings or liquidity (储蓄存款余额), funding sources inside a
 * 资金来源 breakdown, and purchases for resale (采购农产品3亿元).
 *
 * <p>One table of cue patterns, read top to bottom: the first kind whose pattern matches the words
 * right before the amount (its clause, after the previous amount), or right after it, wins. Patterns
 * are compounds (营销投入, not 营销) so that 营销中心项目投资3亿元 stays an investment.
 */
final class NonInvestmentKinds {

    /** What the money is instead; {@link #label()} is the value of the {@code non_investment} column. */
    enum Kind {
        ASSETS_UNDER_MANAGEMENT, QUOTA, THRESHOLD, FEE, ADVERTISING, SAVINGS, FUNDING_SOURCE, RESALE_PURCHASE;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A cue: {@code before} is searched in the window before the amount, {@code after} at the start
     * of the text after it; {@code unless} anywhere in the amount's clause cancels the cue (收购 of a
     * company's shares is an acquisition, not a purchase for resale).
     */
    private record Cue(Kind kind, Pattern before, Pattern after, Pattern unless) {
    }

    private static final String END = "[^，,；;。！？!?]{0,12}$"; // the cue is in the amount's own phrase
    /** A comparison before the amount; {@link #classify} appends the amount's own 不低于 to the window. */
    private static final String BOUND = "(?:达到|不低于|不少于|至少|超过|高于|在)";
    private static final Pattern BOUND_IN_AMOUNT = Pattern.compile("^" + BOUND);
    private static final String SOURCES = "(?:自筹|贷款|财政|专项债|债券|预算内|上级|补助|自有资金|社会资本|银行|配套|拨款|融资"
            + "|中央|省级|市级|县级|区级|企业|地方|政府|国家)";

    private static final List<Cue> CUES = List.of(
            cue(Kind.ASSETS_UNDER_MANAGEMENT,
                    "(?:委托|受托|托管|管理|资管|在管)[^，,；;。！？!?]{0,6}?(?:规模|资产|资金)" + END,
                    "^(?:的)?(?:委托资金|受托资产|管理资产|资产管理规模)", null),
            cue(Kind.QUOTA,
                    "(?:额度|限额|上限|配额|封顶|最高限额)" + END + "|(?:R?QFII|QDII|QFLP|QDLP)" + END,
                    "^(?:的)?(?:投资)?(?:额度|限额|上限|配额)", null),
            cue(Kind.THRESHOLD,
                    "(?:门槛|准入|起投|最低注册资本|注册资本金?(?:不低于|不少于|至少)|最低投资|投资强度|起点)" + END
                            + "|(?:须|需|必须|应当|要求|方可)[^，,；;。！？!?]{0,8}" + BOUND + "$",
                    "^(?:的)?(?:门槛|起投|以上方可|以上的企业方可|方可)", null),
            cue(Kind.FEE,
                    "(?:管理费|服务费|手续费|咨询费|中介费|顾问费|托管费|认购费|佣金|保证金|押金|会费|年费|费用)" + END
                            + "|费用?(?:投入|支出|开支)?(?:达|为|约|共)?$"
                            + "|(?:收取|缴纳|支付)[^，,；;。！？!?]{0,6}$",
                    "^(?:的)?(?:管理费|服务费|手续费|咨询费|中介费|佣金|保证金|押金|费用)", null),
            cue(Kind.ADVERTISING,
                    "(?:广告|(?:营销|宣传|宣发|推广|品牌|促销)(?:上|方面)?(?:的)?(?:投入|费用|支出|开支|经费)|冠名|赞助|代言)" + END,
                    "^(?:的|用于|用作|进行)?(?:广告|营销|宣传费|推广费|冠名|赞助)"
                            + "|^[^，,；;。！？!?]{0,8}(?:进行宣传|宣传推广|做广告|打广告|广告宣传)", null),
            cue(Kind.SAVINGS,
                    "(?:储蓄|存款|闲置资金|存量资金|沉淀资金|流动性|可投资资产|资金池|货币资金|现金储备"
                            + "|(?:民间资本|民间资金|社会资金|居民资金|理财资金)(?:规模|总量|存量|余额))" + END,
                    "^(?:的)?(?:储蓄|存款|民间资本|闲置资金|流动性)", null),
            cue(Kind.FUNDING_SOURCE,
                    "(?:资金来源|资金构成|资金筹措|资金组成|筹资方式|筹资结构)[^。！？!?]*" + SOURCES + "[^，,；;。！？!?、]{0,10}$",
                    null, null),
            cue(Kind.RESALE_PURCHASE,
                    "(?:采购|收购|购进|购入|进货|订购|订货|收储|囤积|代购)" + END
                            + "|(?:采购|购销|订货|订购)(?:合同|协议|订单)[^。！？!?]*$",
                    "^(?:的|用于)?(?:采购|收购|购进|购入|订购|收储|订单|货物|商品)",
                    "(?:采购|收购|购进|购入|订购|受让)[^，,；;。！？!?]{0,12}"
                            + "(?:股权|股份|%|控股|公司|企业|集团|厂|资产|项目|土地|地块|用地|设备|生产线|品牌|专利"
                            + "|酒店|门店|医院|学校|园区|基地|码头|矿)"));

    private NonInvestmentKinds() {
    }

    private static Cue cue(Kind kind, String before, String after, String unless) {
        return new Cue(kind, Pattern.compile(before), after == null ? null : Pattern.compile(after),
                unless == null ? null : Pattern.compile(unless));
    }

    /**
     * The kind of non-investment money {@code a} is, judged from {@code s} (the normalised, masked
     * sentence): {@code windowStart} is where the words about this amount begin (its clause, after
     * the previous amount). Empty when it is an investment.
     */
    static Optional<Kind> classify(String s, MoneyAmount a, int windowStart) {
        String before = s.substring(windowStart, a.start());
        Matcher bound = BOUND_IN_AMOUNT.matcher(a.text());
        if (bound.find()) {
            before += bound.group(); // 要求投资额不低于5000万元: the parser keeps 不低于 in the amount
        }
        String fromSentenceStart = s.substring(0, a.start());
        String after = s.substring(a.end(), Math.min(s.length(), a.end() + 12));
        String clause = s.substring(InvestmentCues.clauseStart(s, a.start()), InvestmentCues.clauseEnd(s, a.end()));
        for (Cue c : CUES) {
            // a 资金来源 heading governs the rest of the sentence; the other cues only the amount's phrase
            String left = c.kind() == Kind.FUNDING_SOURCE || c.kind() == Kind.RESALE_PURCHASE ? fromSentenceStart : before;
            boolean hit = c.before().matcher(left).find() || c.after() != null && c.after().matcher(after).find();
            if (hit && (c.unless() == null || !c.unless().matcher(clause).find())) {
                return Optional.of(c.kind());
            }
        }
        return Optional.empty();
    }
}
