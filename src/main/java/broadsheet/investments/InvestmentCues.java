package broadsheet.investments;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides, from the words around it, whether each money amount of a sentence is an investment.
 *
 * <p>The main rule: the nearest cue word to the left of the amount, within its clause and after
 * the previous amount, wins. 总投资/投资/投入/注资 are positive; 营收/产值/利润/税/罚款/补贴/
 * 投资收益/投资者... are negative; weak words (项目, 金额, 总额, 资金) count only when the sentence
 * is about investment or signing. The word 投资 inside a firm name (…投资集团, …投资有限公司) is
 * masked first so it never counts.
 */
final class InvestmentCues {

    /** What an amount is, as far as investment extraction is concerned. */
    enum Decision { INVESTMENT, OTHER, SIZE_CLASS, THRESHOLD }

    private enum Polarity { POSITIVE, WEAK, NEGATIVE }

    private record Cue(String word, Polarity polarity) {
    }

    private record Hit(Cue cue, int start, int end) {
    }

    static final String CLAUSE_BREAKS = "，,；;。！？!? \t\n";
    static final Pattern SUBTOTAL_MARKER = Pattern.compile("其中|包括|包含|内含");

    private static final List<Cue> CUES = new ArrayList<>();
    /** {@link #CUES} and the words of acquiring equity or land (以4.6亿元收购…股权, 以23.5亿元竞得…地块). */
    private static final List<Cue> WITH_ACQUISITIONS = new ArrayList<>();

    static {
        add(Polarity.POSITIVE, "投资", "总投资", "投资额", "投资总额", "投资规模", "固定资产投资", "投入",
                "注资", "出资", "增资", "引资", "投建", "耗资", "斥资", "造价", "外资", "到位资金");
        add(Polarity.WEAK, "项目", "金额", "总额", "资金", "规模", "合计", "共计", "总计", "涉及",
                "签约额", "合同额", "意向");
        add(Polarity.NEGATIVE, "收益", "回报", "投资者", "投资人", "投资方", "投资商", "营业收入", "营业额",
                "营收", "收入", "销售", "产值", "总值", "生产总值", "GDP", "增加值", "利润", "净利", "盈利",
                "亏损", "利税", "税", "费", "罚", "补贴", "补助", "奖励", "奖补", "奖金", "资助", "贴息", "扶持",
                "给予", "工资", "薪", "报酬", "价", "租金", "消费", "零售", "成交", "交易", "进出口", "出口",
                "进口", "外贸", "贸易", "存款", "贷款", "授信", "余额", "融资", "债", "债券", "市值", "估值", "注册资本",
                "资产", "票房", "捐", "损失", "赔", "补偿", "经费", "支出", "订单", "所得", "分红", "救助",
                "保险", "产业规模", "市场规模", "经济规模", "研发投入", "科技投入", "研发经费",
                "节省投资", "节约投资", "节省资金", "节约资金", "兼并", "并购额");
        WITH_ACQUISITIONS.addAll(CUES);
        for (String w : List.of("收购", "入股", "受让", "竞得", "摘得", "拍得")) {
            WITH_ACQUISITIONS.add(new Cue(w, Polarity.POSITIVE));
        }
    }

    /** 投资 inside an organisation name, and 投入使用-style phrases that are not about money. */
    private static final Pattern MASKED = Pattern.compile(
            "投资(?:发展|控股|管理|运营|建设|开发|经营|咨询|担保|促进|服务|实业)?"
                    + "(?:集团|有限|股份|公司|控股|基金|中心|银行|局|企业|合伙)"
                    + "|投入使用|投入运营|投入生产|投入运行|投入试运行|投产"
                    + "|《[^》]{0,30}》"); // 《世界投资报告》: a title, not a cue

    private static final Pattern INVESTMENT_SENTENCE = Pattern.compile(
            "投资|投入|注资|出资|增资|引资|签约|招商|落户|开工|项目建设|引进");

    private static final String NUM = "(?:[0-9]+|[零〇一二两三四五六七八九十百千]+)";
    private static final Pattern CLASS_TAIL = Pattern.compile("^(级)?(的)?([^，,；;。！？!?\\s、]{0,6}?)项目");
    private static final Pattern CLASS_GAP_VERBS = Pattern.compile("建|投|用于|打造|开工|引进|实施|推进|落地|启动|和|与|及");
    private static final Pattern COUNT_BEFORE_AMOUNT = Pattern.compile(NUM + "(?:个|项|批)[^，,；;。！？!?\\s]{0,4}$");
    private static final Pattern COUNT_AFTER_PROJECT = Pattern.compile("^(?:共|有|达|合计|共计)?" + NUM + "(?:个|项)");

    private static final Pattern POLICY = Pattern.compile("补贴|补助|奖励|奖补|扶持|资助|贴息|给予|享受");
    private static final Pattern CONDITIONAL = Pattern.compile(
            "不低于|不少于|至少|最低|不超过|最高|最多|以上|以下|以内|低于|高于|达到");
    private static final Pattern CONDITION_LEAD = Pattern.compile(
            "(?:(?<![针面相绝核])对(?![接外口方象手话])|凡)[^，,；;。！？!?]*$");

    private static final String CONNECTORS = "、和及与或以至到 ";

    /** Verbs that say money is spent, not what for: 投入资金救灾 is spending, not investment. */
    private static final Set<String> GENERIC_SPENDING = Set.of("投入", "出资", "斥资", "耗资");
    /** Purposes that make such spending aid, charity or a rescue rather than investment. */
    private static final Pattern AID_PURPOSE = Pattern.compile(
            "援助|救助|救灾|赈灾|灾区|捐|资助|慰问|义诊|纾困|救市|金融系统|金融体系|银行体系");
    /** 每投入1元，新增销售收入3.12元; 比去年多投入373.5亿元: a ratio or a difference, not money spent. */
    private static final Pattern RATIO_OR_DIFFERENCE = Pattern.compile(
            "每(?:投入|投资)$|比[^，,；;。！？!?]*多(?:投入|投资)(?:资金)?$");
    /** 平均单个项目投资5亿元: an average over projects counted elsewhere. */
    private static final Pattern AVERAGE = Pattern.compile("平均[^，,；;。！？!?]{0,6}(?:投资|投入)(?:额|规模)?(?:为|达|约)?$");
    /** 万元以上的医疗设备: a price class of things, not money spent. */
    private static final Pattern CLASS_OF_THINGS = Pattern.compile("^的[^，,；;。！？!?\\s的]");

    private InvestmentCues() {
    }

    private static void add(Polarity polarity, String... words) {
        for (String w : words) {
            CUES.add(new Cue(w, polarity));
        }
    }

    /** One decision per amount, in order, with every rule on. {@code s} is the normalised sentence. */
    static List<Decision> classify(String s, List<MoneyAmount> amounts) {
        return classify(s, amounts, true, true);
    }

    /**
     * As {@link #classify(String, List)}; {@code acquisitions} adds 收购, 入股, 竞得... as investment words,
     * {@code averages} drops averages (平均每个项目投资5亿元).
     */
    static List<Decision> classify(String s, List<MoneyAmount> amounts, boolean acquisitions, boolean averages) {
        List<Cue> cues = acquisitions ? WITH_ACQUISITIONS : CUES;
        String masked = mask(s);
        boolean investmentSentence = INVESTMENT_SENTENCE.matcher(masked).find();
        boolean policySentence = POLICY.matcher(masked).find();
        List<Decision> out = new ArrayList<>();
        int lastInvestmentEnd = -1;
        for (int k = 0; k < amounts.size(); k++) {
            MoneyAmount a = amounts.get(k);
            MoneyAmount prev = k > 0 ? amounts.get(k - 1) : null;
            int windowStart = Math.max(clauseStart(s, a.start()), prev == null ? 0 : prev.end());
            Decision d;
            if (isSizeClass(s, a, windowStart)) {
                d = Decision.SIZE_CLASS;
            } else if (isThreshold(s, a, policySentence, clauseStart(s, a.start()))) {
                d = Decision.THRESHOLD;
            } else {
                Decision prevDecision = prev == null ? null : out.get(k - 1);
                d = byCues(cues, s, masked, a, prev, prevDecision, windowStart, lastInvestmentEnd,
                        nextStart(amounts, k, s), investmentSentence);
            }
            String clauseBefore = masked.substring(clauseStart(s, a.start()), a.start());
            if (d == Decision.INVESTMENT && (isAid(masked, windowStart, a)
                    || RATIO_OR_DIFFERENCE.matcher(clauseBefore).find()
                    || averages && AVERAGE.matcher(clauseBefore).find())) {
                d = Decision.OTHER;
            }
            out.add(d);
            if (d == Decision.INVESTMENT) {
                lastInvestmentEnd = a.end();
            }
        }
        return out;
    }

    private static Decision byCues(List<Cue> cues, String s, String masked, MoneyAmount a, MoneyAmount prev,
                                   Decision prevDecision, int windowStart, int lastInvestmentEnd,
                                   int nextStart, boolean investmentSentence) {
        Hit right = firstCue(cues, masked, a.end(), Math.min(nextStart, Math.min(a.end() + 8, clauseEnd(s, a.end()))));
        boolean rightNegative = right != null && right.cue().polarity() == Polarity.NEGATIVE;
        Polarity left = leftCue(cues, masked, windowStart, a.start());
        if (left == Polarity.WEAK && rightNegative) {
            return Decision.OTHER; // 项目将带来8亿元的年销售额: the noun after the amount says what it is
        }
        if (left != null) {
            return toDecision(left, investmentSentence);
        }
        // 投资5亿元和8亿元: a bare amount right after another one shares its reading
        if (prev != null && (prevDecision == Decision.INVESTMENT || prevDecision == Decision.OTHER)
                && clauseStart(s, a.start()) <= prev.start() && shortGap(s, prev.end(), a.start())) {
            return prevDecision;
        }
        // 总投资10亿元，其中一期4亿元: a part announced by 其中 after an investment is one too
        if (lastInvestmentEnd >= 0
                && SUBTOTAL_MARKER.matcher(s.substring(lastInvestmentEnd, a.start())).find()) {
            return Decision.INVESTMENT;
        }
        if (rightNegative) {
            return Decision.OTHER;
        }
        if (right != null && right.cue().polarity() == Polarity.POSITIVE && right.start() - a.end() <= 2) {
            return Decision.INVESTMENT; // 以5亿元投资建设, 5亿元的投资
        }
        return Decision.OTHER;
    }

    private static Decision toDecision(Polarity p, boolean investmentSentence) {
        return switch (p) {
            case POSITIVE -> Decision.INVESTMENT;
            case NEGATIVE -> Decision.OTHER;
            case WEAK -> investmentSentence ? Decision.INVESTMENT : Decision.OTHER;
        };
    }

    /**
     * 出资5160元资助学生, 为支援灾区…共投入68万元, 美国同意出资30亿美元 (after 援助协议): when the only
     * investment word is a generic spending verb, an aid or rescue purpose anywhere in the sentence
     * makes it spending, not investment. 投资 itself is never overruled.
     */
    private static boolean isAid(String masked, int windowStart, MoneyAmount a) {
        String window = masked.substring(windowStart, a.start());
        return !window.contains("投资") && GENERIC_SPENDING.stream().anyMatch(window::contains)
                && AID_PURPOSE.matcher(masked).find();
    }

    /** Nearest cue ending at or before {@code to}; a weak word glued to a stronger one (零售总额) takes its polarity. */
    private static Polarity leftCue(List<Cue> cues, String masked, int from, int to) {
        Hit best = lastCue(cues, masked, from, to);
        if (best == null) {
            return null;
        }
        if (best.cue().polarity() == Polarity.WEAK) {
            Hit glued = lastCue(cues, masked, from, best.start());
            if (glued != null && glued.end() == best.start() && glued.cue().polarity() != Polarity.WEAK) {
                return glued.cue().polarity();
            }
        }
        return best.cue().polarity();
    }

    private static Hit lastCue(List<Cue> cues, String masked, int from, int to) {
        Hit best = null;
        for (Cue c : cues) {
            int at = masked.lastIndexOf(c.word(), to - c.word().length());
            if (at < from) {
                continue;
            }
            Hit h = new Hit(c, at, at + c.word().length());
            if (best == null || h.end() > best.end()
                    || h.end() == best.end() && h.start() < best.start()) {
                best = h;
            }
        }
        return best;
    }

    private static Hit firstCue(List<Cue> cues, String masked, int from, int to) {
        Hit best = null;
        for (Cue c : cues) {
            int at = masked.indexOf(c.word(), from);
            if (at < 0 || at + c.word().length() > to) {
                continue;
            }
            Hit h = new Hit(c, at, at + c.word().length());
            if (best == null || h.start() < best.start()
                    || h.start() == best.start() && h.end() > best.end()) {
                best = h;
            }
        }
        return best;
    }

    /**
     * 26个超亿元项目, 超10亿元项目4个, 亿元以上项目, 10亿元级项目: the amount describes a
     * class of projects, not money spent.
     */
    static boolean isSizeClass(String s, MoneyAmount a, int windowStart) {
        String after = s.substring(a.end());
        if (a.text().endsWith("以上") && CLASS_OF_THINGS.matcher(after).find() && !after.startsWith("的投资")) {
            return true; // 万元以上的医疗设备, 1亿元以上的项目
        }
        Matcher m = CLASS_TAIL.matcher(after);
        if (!m.find()) {
            return after.startsWith("级");
        }
        if (m.group(1) != null) {
            return true;
        }
        if (CLASS_GAP_VERBS.matcher(m.group(3)).find()) {
            return false; // 投资超10亿元建设新能源项目: the amount is spent on a project
        }
        boolean countBefore = COUNT_BEFORE_AMOUNT.matcher(s.substring(windowStart, a.start())).find();
        boolean countAfter = COUNT_AFTER_PROJECT.matcher(after.substring(m.end())).find();
        boolean bound = a.qualifier() == MoneyAmount.Qualifier.LOWER_BOUND
                || a.qualifier() == MoneyAmount.Qualifier.UPPER_BOUND
                || a.qualifier() == MoneyAmount.Qualifier.BELOW;
        return countBefore || countAfter || bound && m.group(2) == null;
    }

    /**
     * 对投资额不低于5000万元的项目给予补贴, 投资额在1亿元以上的, 对总投资1亿元以上的项目优先供地:
     * a condition that projects must meet, not money.
     */
    static boolean isThreshold(String s, MoneyAmount a, boolean policySentence, int clauseStart) {
        boolean between = a.start() > 0 && s.charAt(a.start() - 1) == '在'
                && a.text().matches(".*(以上|以下|以内)");
        if (between) {
            return true;
        }
        boolean conditional = CONDITIONAL.matcher(a.text()).find() || s.startsWith("的", a.end());
        boolean lead = CONDITION_LEAD.matcher(s.substring(clauseStart, a.start())).find();
        return conditional && lead || policySentence && (conditional || lead);
    }

    static String mask(String s) {
        Matcher m = MASKED.matcher(s);
        StringBuilder sb = new StringBuilder(s);
        while (m.find()) {
            for (int k = m.start(); k < m.end(); k++) {
                sb.setCharAt(k, '□');
            }
        }
        return sb.toString();
    }

    static int clauseStart(String s, int pos) {
        for (int k = pos - 1; k >= 0; k--) {
            if (CLAUSE_BREAKS.indexOf(s.charAt(k)) >= 0) {
                return k + 1;
            }
        }
        return 0;
    }

    static int clauseEnd(String s, int pos) {
        for (int k = pos; k < s.length(); k++) {
            if (CLAUSE_BREAKS.indexOf(s.charAt(k)) >= 0) {
                return k;
            }
        }
        return s.length();
    }

    private static int nextStart(List<MoneyAmount> amounts, int k, String s) {
        return k + 1 < amounts.size() ? amounts.get(k + 1).start() : s.length();
    }

    private static boolean shortGap(String s, int from, int to) {
        int len = 0;
        for (int k = from; k < to; k++) {
            if (CONNECTORS.indexOf(s.charAt(k)) < 0) {
                len++;
            }
        }
        return len <= 4;
    }
}
