package broadsheet.investments;

import broadsheet.investments.InvestmentCues.Decision;
import broadsheet.investments.InvestmentMention.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts investment amounts from one article (headline + body sentences) and marks which of
 * them may be summed.
 *
 * <p>Per sentence: {@link AmountParser} finds the amounts, {@link InvestmentCues} keeps the
 * investment ones (dropping revenue, fines, subsidies, size classes like 超亿元项目 and policy
 * thresholds). Then, in article order (headline first):
 * <ul>
 *   <li>An amount after 其中/包括/包含/内含 that follows another investment amount of the same
 *       sentence, or opens the next sentence, is a SUBTOTAL of it (not counted), as long as the
 *       parts do not add up to more than the parent (5% slack for rounded figures).</li>
 *   <li>Progress against a plan (计划投资260亿元，已完成投资102亿元; or a next sentence opening
 *       with 目前/截至...) is also a SUBTOTAL of the plan: "progress of mention N".</li>
 *   <li>Otherwise it is TOTAL when it covers several projects (28个项目, 共签约, 累计, 全市,
 *       固定资产投资...) and SINGLE when it is one project's money.</li>
 *   <li>A value already mentioned in an earlier sentence or the headline (same amount and
 *       currency) is a duplicate: not counted. Repeats inside one sentence are kept, as they are
 *       usually two projects of the same size.</li>
 *   <li>A revised figure (总投资由5亿元增加到8亿元) replaces the old one, which is then not
 *       counted: "superseded by mention N".</li>
 *   <li>A rounded headline figure (超百亿元, 近百亿元, 约100亿元) that the body states precisely
 *       (112.6亿元, same kind and currency) is not counted: "rounded restatement of mention N".</li>
 * </ul>
 */
public final class InvestmentExtractor {

    /** Words that single out one project even when a project count is nearby. */
    private static final Pattern STRONG_SINGLE_CUES = Pattern.compile(
            "该项目|该工程|此项目|这个项目|这一项目|单个项目|单体|单笔|最大的|最大一个|其中一个");
    private static final Pattern SINGLE_CUES = Pattern.compile("一期|二期|三期|该公司|该企业");
    private static final Pattern TOTAL_CUES = Pattern.compile(
            "共计|合计|总计|累计|集中签约|集中开工|集中竣工|集中落户|集中投产|一批|批次|多个|等项目"
                    + "|全年|全市|全县|全区|全省|全州|全社会|今年以来|年以来|签约项目|开工项目"
                    + "|固定资产投资|民间投资|工业投资|制造业投资|基础设施投资|房地产开发投资|技改投资|利用外资|使用外资"
                    + "|(?<![公中])共(?![同享建赢创治富识])");
    /** 已完成投资102亿元 after 年度计划投资260亿元: progress against a plan, part of it. */
    private static final Pattern PROGRESS = Pattern.compile("完成|已投资|已投入|已到位|到位");
    private static final Pattern PLAN = Pattern.compile("计划|总投资|预计|拟|年度|规划");
    /** 由5亿元增加到8亿元: the first figure is replaced by the second. */
    private static final Pattern REVISION = Pattern.compile(
            "^(?:增加|提高|调整|调增|追加|扩大|增长|上调|下调|调减|减少|压缩|变更)(?:到|至|为)");
    /** A sentence opening like this continues the previous sentence's project. */
    private static final Pattern CONTINUATION_OPENING = Pattern.compile(
            "^(?:目前|截至|截止|至今|现已|已|项目已|该项目已|其中)");
    /** Share of rounding allowed when checking that subtotals fit in their parent. */
    private static final BigDecimal SLACK = new BigDecimal("1.05");
    /** A 其中 that opens a sentence must come this early to refer back to the previous sentence. */
    private static final int OPENING_MARKER_MAX_START = 10;

    private InvestmentExtractor() {
    }

    /**
     * @param headline      the headline, or null
     * @param bodySentences body sentences in order (null entries are treated as empty)
     * @return investment mentions in article order: headline first, then body
     */
    public static List<InvestmentMention> extract(String headline, List<String> bodySentences) {
        List<InvestmentMention> out = new ArrayList<>();
        if (headline != null && !headline.isBlank()) {
            processSentence(-1, headline, null, out);
        }
        Integer prevTop = null;
        List<String> body = bodySentences == null ? List.of() : bodySentences;
        for (int i = 0; i < body.size(); i++) {
            String sentence = body.get(i) == null ? "" : body.get(i);
            prevTop = processSentence(i, sentence, prevTop, out);
        }
        markHeadlineRestatements(out);
        return List.copyOf(out);
    }

    /**
     * Adds the sentence's mentions to {@code out}; returns the index of its last non-subtotal
     * mention, which a following sentence opening with 其中 can refer to.
     */
    private static Integer processSentence(int idx, String sentence, Integer prevTop,
                                           List<InvestmentMention> out) {
        String s = TextNormalizer.normalize(sentence);
        List<MoneyAmount> amounts = AmountParser.findAll(sentence);
        List<Decision> decisions = InvestmentCues.classify(s, amounts);

        Integer carriedParent = prevTop != null && opensWithMarker(s, amounts, decisions) ? prevTop : null;
        Integer lastTop = null;
        int lastTopEnd = 0;
        Integer activeParent = null;
        BigDecimal partsSum = BigDecimal.ZERO;
        int segmentStart = 0;

        for (int k = 0; k < amounts.size(); k++) {
            if (decisions.get(k) != Decision.INVESTMENT) {
                continue;
            }
            MoneyAmount a = amounts.get(k);

            if (activeParent == null) {
                if (lastTop != null && hasMarker(s, lastTopEnd, a.start())) {
                    activeParent = lastTop;
                    partsSum = BigDecimal.ZERO;
                } else if (lastTop == null && carriedParent != null) {
                    activeParent = carriedParent;
                    partsSum = BigDecimal.ZERO;
                }
            }
            Integer parentIdx = null;
            String reason = null;
            if (activeParent != null) {
                if (fitsIn(out.get(activeParent).amount(), partsSum, a)) {
                    parentIdx = activeParent;
                    partsSum = partsSum.add(a.amount());
                    reason = "subtotal of mention " + parentIdx;
                } else {
                    activeParent = null; // bigger than its "parent": a new figure, not a part
                }
            }
            if (parentIdx == null) {
                Integer plan = lastTop != null ? lastTop
                        : CONTINUATION_OPENING.matcher(s.strip()).find() ? prevTop : null;
                int from = lastTop != null ? lastTopEnd : 0;
                if (plan != null && PROGRESS.matcher(s.substring(from, a.start())).find()
                        && isPlan(out.get(plan)) && fitsIn(out.get(plan).amount(), BigDecimal.ZERO, a)) {
                    parentIdx = plan;
                    reason = "progress of mention " + plan;
                }
            }

            int contextStart = Math.max(segmentStart, lastMarkerEnd(s, segmentStart, a.start()));
            String context = s.substring(contextStart, a.start());
            Integer count = ProjectCounts.nearest(s, contextStart, a.start());
            if (count == null) {
                count = ProjectCounts.nearest(s, a.end(), InvestmentCues.clauseEnd(s, a.end()));
            }
            Kind kind = parentIdx != null ? Kind.SUBTOTAL : isTotal(context, count) ? Kind.TOTAL : Kind.SINGLE;
            if (kind == Kind.SINGLE && count != null && count > 1) {
                count = null; // 12个项目中投资额最大的: the count belongs to the group, not this project
            }

            if (parentIdx == null) {
                Integer dup = firstSameValue(out, a, idx);
                if (dup != null) {
                    reason = "duplicate of mention " + dup;
                }
                if (lastTop != null && isRevision(s, out.get(lastTop).amount(), a)) {
                    InvestmentMention old = out.get(lastTop);
                    kind = old.kind(); // the new figure measures the same thing
                    out.set(lastTop, new InvestmentMention(old.sentenceIdx(), old.sentence(), old.amount(),
                            old.kind(), old.parentIndex(), old.projectCount(), false,
                            "superseded by mention " + out.size()));
                }
            }
            out.add(new InvestmentMention(idx, sentence, a, kind, parentIdx, count, reason == null, reason));
            if (kind != Kind.SUBTOTAL) {
                lastTop = out.size() - 1;
                lastTopEnd = a.end();
            }
            segmentStart = a.end();
        }
        return lastTop;
    }

    /**
     * Headlines round: 总投资超百亿元 over a body saying 总投资112.6亿元. The rougher headline
     * figure is then not counted, so the precise body figure is summed instead of both.
     */
    private static void markHeadlineRestatements(List<InvestmentMention> out) {
        for (int h = 0; h < out.size(); h++) {
            InvestmentMention head = out.get(h);
            if (head.sentenceIdx() != -1 || !head.counted()) {
                continue;
            }
            for (int j = 0; j < out.size(); j++) {
                InvestmentMention body = out.get(j);
                if (body.sentenceIdx() >= 0 && body.counted() && body.kind() == head.kind()
                        && roughness(head.amount()) > roughness(body.amount())
                        && roughlyMatches(head.amount(), body.amount())) {
                    out.set(h, new InvestmentMention(head.sentenceIdx(), head.sentence(), head.amount(),
                            head.kind(), head.parentIndex(), head.projectCount(), false,
                            "rounded restatement of mention " + j));
                    break;
                }
            }
        }
    }

    private static int roughness(MoneyAmount a) {
        return switch (a.qualifier()) {
            case EXACT -> 0;
            case APPROXIMATE -> 1;
            default -> 2;
        };
    }

    /** Whether the precise value is what the rough one most likely rounds (超百亿 for 112.6亿). */
    private static boolean roughlyMatches(MoneyAmount rough, MoneyAmount precise) {
        if (!rough.currency().equals(precise.currency())) {
            return false;
        }
        BigDecimal v = precise.amount();
        BigDecimal r = rough.amount();
        return switch (rough.qualifier()) {
            case LOWER_BOUND -> between(v, r, r.multiply(new BigDecimal("1.5")));
            case BELOW -> between(v, r.multiply(new BigDecimal("0.8")), r);
            case UPPER_BOUND -> between(v, r.multiply(new BigDecimal("0.5")), r);
            case APPROXIMATE -> between(v, r.multiply(new BigDecimal("0.95")), r.multiply(new BigDecimal("1.05")));
            case RANGE -> between(v, rough.low(), rough.high());
            default -> false;
        };
    }

    private static boolean between(BigDecimal v, BigDecimal lo, BigDecimal hi) {
        return v.compareTo(lo) >= 0 && v.compareTo(hi) <= 0;
    }

    /** 总投资由原来的5亿元增加到8亿元: "由/从" before the old figure, a change verb right before the new one. */
    private static boolean isRevision(String s, MoneyAmount old, MoneyAmount now) {
        if (old.end() > now.start() || !old.currency().equals(now.currency())) {
            return false;
        }
        String between = s.substring(old.end(), now.start()).strip();
        String before = s.substring(InvestmentCues.clauseStart(s, old.start()), old.start());
        return REVISION.matcher(between).find() && before.matches(".*(由|从)[^，,；;。]{0,4}");
    }

    private static boolean isPlan(InvestmentMention m) {
        String s = TextNormalizer.normalize(m.sentence());
        int from = InvestmentCues.clauseStart(s, m.amount().start());
        return PLAN.matcher(s.substring(from, m.amount().start())).find();
    }

    private static boolean isTotal(String context, Integer count) {
        if (STRONG_SINGLE_CUES.matcher(context).find()) {
            return false;
        }
        if (count != null) {
            return count > 1;
        }
        if (SINGLE_CUES.matcher(context).find()) {
            return false;
        }
        return TOTAL_CUES.matcher(context).find();
    }

    private static boolean fitsIn(MoneyAmount parent, BigDecimal partsSum, MoneyAmount part) {
        return parent.currency().equals(part.currency())
                && partsSum.add(part.amount()).compareTo(parent.amount().multiply(SLACK)) <= 0;
    }

    /** Earlier mention with the same value from another sentence (or the headline). */
    private static Integer firstSameValue(List<InvestmentMention> out, MoneyAmount a, int idx) {
        for (int j = 0; j < out.size(); j++) {
            InvestmentMention m = out.get(j);
            if (m.sentenceIdx() != idx && m.amount().sameValueAs(a)) {
                return j;
            }
        }
        return null;
    }

    private static boolean hasMarker(String s, int from, int to) {
        return from < to && InvestmentCues.SUBTOTAL_MARKER.matcher(s).region(from, to).find();
    }

    private static int lastMarkerEnd(String s, int from, int to) {
        int end = from;
        if (from < to) {
            Matcher m = InvestmentCues.SUBTOTAL_MARKER.matcher(s).region(from, to);
            while (m.find()) {
                end = m.end();
            }
        }
        return end;
    }

    /** 其中/包括 near the start of the sentence, before its first investment amount. */
    private static boolean opensWithMarker(String s, List<MoneyAmount> amounts, List<Decision> decisions) {
        int firstInvestment = -1;
        for (int k = 0; k < amounts.size(); k++) {
            if (decisions.get(k) == Decision.INVESTMENT) {
                firstInvestment = amounts.get(k).start();
                break;
            }
        }
        if (firstInvestment < 0) {
            return false;
        }
        Matcher m = InvestmentCues.SUBTOTAL_MARKER.matcher(s).region(0, firstInvestment);
        return m.find() && m.start() <= OPENING_MARKER_MAX_START;
    }
}
