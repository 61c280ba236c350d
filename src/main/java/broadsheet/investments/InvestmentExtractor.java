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
 *   <li>An amount after 其中/包括/包含/内含 (or a phase, 第一期, after the whole project's figure)
 *       that follows another investment amount of the same sentence, or opens the next sentence,
 *       is a SUBTOTAL of it (not counted), as long as the parts do not add up to more than the
 *       parent (5% slack for rounded figures).</li>
 *   <li>Progress against a plan (计划投资260亿元，已完成投资102亿元; 协议投资130亿美元，实际投资40亿美元;
 *       or a next sentence opening with 目前/截至...) is also a SUBTOTAL of the plan: "progress of
 *       mention N".</li>
 *   <li>Otherwise it is TOTAL when it covers several projects (28个项目, 共签约, 累计, 全市,
 *       固定资产投资...) and SINGLE when it is one project's money.</li>
 *   <li>A part listed after a semicolon continues the enumeration of the previous sentence
 *       (其中，A项目3个，总投资52亿元；B项目2个，总投资18亿元: the splitter cuts at ；), so it is a
 *       SUBTOTAL of the same parent while the parts still fit. A part that fits only thanks to the
 *       slack is flagged in its reason ("parts add up to more than mention N").</li>
 *   <li>A value already mentioned in an earlier body sentence (same amount and currency) is a
 *       duplicate: not counted. Repeats inside one sentence are kept, as they are usually two
 *       projects of the same size.</li>
 *   <li>A headline amount that the body states again is not counted ("headline restates mention
 *       N", parent N): the body mention carries the sentence, the project count and the subtotals.
 *       Subtotals and duplicates always point at the counted mention.</li>
 *   <li>A currency conversion in brackets (斥资250万英镑（约合420万美元）) restates the amount before
 *       it: "conversion of mention N".</li>
 *   <li>A revised figure (总投资由5亿元增加到8亿元) replaces the old one, which is then not
 *       counted: "superseded by mention N".</li>
 *   <li>A rounded headline figure (超百亿元, 近百亿元, 约100亿元, 四十亿) that the body states precisely
 *       (112.6亿元, 40.89亿元; same currency) is not counted: "rounded restatement of mention N".
 *       Title lines that open the body without ending a sentence (●4年投资542亿元●…) are treated
 *       like the headline.</li>
 *   <li>Two or more figures right after a total that add up to it (within 1%) are its breakdown,
 *       even without 其中: SUBTOTALs of it.</li>
 *   <li>A vague amount (数十亿元: qualifier VAGUE, bounds only) is listed but never counted ("vague
 *       amount") and takes no part in the rules above.</li>
 *   <li>Money worded like investment that is not ({@link NonInvestmentKinds}: 委托规模, QFII额度, 门槛,
 *       fees, 广告投入, 储蓄存款, a 资金来源 source, 采购) is shown, never counted and never a parent:
 *       "not investment: quota".</li>
 *   <li>Each investment amount gets the status the text gives ({@link InvestmentStatus}); not approved
 *       and cancelled money is not counted: "not approved", "cancelled".</li>
 * </ul>
 */
public final class InvestmentExtractor {

    /** Words that single out one project even when a project count is nearby. */
    private static final Pattern STRONG_SINGLE_CUES = Pattern.compile(
            "该项目|该工程|此项目|这个项目|这一项目|单个项目|单体|单笔|最大的|最大一个|其中一个");
    private static final Pattern SINGLE_CUES = Pattern.compile("一期|二期|三期|该公司|该企业");
    private static final Pattern TOTAL_CUES = Pattern.compile(
            "共计|合计|总计|累计|集中签约|集中开工|集中竣工|集中落户|集中投产|一批|批次|多个|等项目"
                    + "|全年|全市|全县|全区|全省|全州|全国|全社会|今年以来|年以来|[七八九十]五[”\"]?(?:期间|以来|两年来|时期)|年间|这些项目|各项目|签约项目|开工项目"
                    + "|固定资产投资|民间投资|工业投资|制造业投资|基础设施投资|房地产开发投资|技改投资|利用外资|使用外资"
                    + "|吸引外资|吸收外资|获外资|招商引资"
                    + "|(?<![公中])共(?![同享建赢创治富识])");
    /** 已完成投资102亿元 after 年度计划投资260亿元: progress against a plan, part of it. */
    private static final Pattern PROGRESS = Pattern.compile("完成|已投资|已投入|已到位|到位|实际");
    private static final Pattern PLAN = Pattern.compile("计划|总投资|预计|拟|年度|规划|协议|合同");
    /** 另有6个项目完成注册: another group of projects, not progress of the plan before it. */
    private static final Pattern ANOTHER_GROUP = Pattern.compile("另有|另外|此外|还有");
    /** 由5亿元增加到8亿元: the first figure is replaced by the second. */
    private static final Pattern REVISION = Pattern.compile(
            "^(?:增加|提高|调整|调增|追加|扩大|增长|上调|下调|调减|减少|压缩|变更)(?:到|至|为)");
    /** A sentence opening like this continues the previous sentence's project. */
    private static final Pattern CONTINUATION_OPENING = Pattern.compile(
            "^(?:目前|截至|截止|至今|现已|已|项目已|该项目已|其中)");
    /** An item of an enumeration: 一期…, 服务业项目15个…; used to continue a list across ；. */
    private static final Pattern LIST_ITEM = Pattern.compile("[一二三四五六七八九0-9]期|项目\\d|项目[一二两三四五六七八九十]");
    private static final Pattern PHASE = Pattern.compile("第?[一二三四五1-5]期");
    /** What a bracketed currency conversion looks like between an amount and the restated one. */
    private static final Pattern CONVERSION_GAP = Pattern.compile(
            "^\\s*[(（]\\s*(?:约合|折合|合|约|相当于|即)?\\s*(?:人民币)?\\s*$");
    private static final Pattern CONVERSION_TEXT = Pattern.compile("^(?:约合|折合|相当于)");
    /** Parts without 其中 must add up to their total this closely, and be this few. */
    private static final BigDecimal IMPLICIT_TOLERANCE = new BigDecimal("0.01");
    private static final int MAX_IMPLICIT_PARTS = 6;
    /** Share of rounding allowed when checking that subtotals fit in their parent. */
    private static final BigDecimal SLACK = new BigDecimal("1.05");
    /** A 其中 that opens a sentence must come this early to refer back to the previous sentence. */
    private static final int OPENING_MARKER_MAX_START = 10;

    private InvestmentExtractor() {
    }

    /** Why a mention is (not) counted; {@link Entry#ref} is the mention the reason refers to. */
    private enum Status {
        COUNTED, SUBTOTAL, PROGRESS, DUPLICATE, SUPERSEDED, ROUNDED_RESTATEMENT, HEADLINE_RESTATEMENT, CONVERSION,
        NOT_INVESTMENT, NOT_APPROVED, CANCELLED, VAGUE
    }

    /**
     * Which of the parts added for issue 15 run: the classifier of non-investment money
     * ({@link NonInvestmentKinds}), the status detector ({@link InvestmentStatus}), the words of
     * acquiring equity and land (收购, 竞得: {@link InvestmentCues}), and the breakdown fixes (a part
     * in another currency after 其中, 另有… is another group and not progress, averages are not
     * money). {@link #ALL} is what the pipeline uses; {@link #NONE} is the extractor as it was
     * before, so the evaluation can show what each part changes.
     */
    public record Rules(boolean nonInvestmentKinds, boolean statuses, boolean acquisitions, boolean breakdowns)
            implements java.io.Serializable {
        public static final Rules ALL = new Rules(true, true, true, true);
        public static final Rules NONE = new Rules(false, false, false, false);
    }

    /** A mention while the article is being read; turned into an {@link InvestmentMention} at the end. */
    private static final class Entry {
        final int sentenceIdx;
        final String sentence;
        final MoneyAmount amount;
        Kind kind;
        Integer count;
        Status status = Status.COUNTED;
        Integer ref; // parent, original, or replacement, by status
        boolean exceedsParent;
        NonInvestmentKinds.Kind nonInvestment; // what the money is instead, when it is not investment
        InvestmentStatus.Status said;          // the status the text gives, else null

        Entry(int sentenceIdx, String sentence, MoneyAmount amount, Kind kind, Integer count) {
            this.sentenceIdx = sentenceIdx;
            this.sentence = sentence;
            this.amount = amount;
            this.kind = kind;
            this.count = count;
        }

        boolean counted() {
            return status == Status.COUNTED;
        }

        /** Subtotals and restatements belong to the mention they refer to. */
        Integer parent() {
            return switch (status) {
                case SUBTOTAL, PROGRESS, HEADLINE_RESTATEMENT, ROUNDED_RESTATEMENT, CONVERSION -> ref;
                default -> null;
            };
        }

        String reason() {
            return switch (status) {
                case COUNTED -> null;
                case SUBTOTAL -> "subtotal of mention " + ref
                        + (exceedsParent ? "; parts add up to more than mention " + ref : "");
                case PROGRESS -> "progress of mention " + ref;
                case DUPLICATE -> "duplicate of mention " + ref;
                case SUPERSEDED -> "superseded by mention " + ref;
                case ROUNDED_RESTATEMENT -> "rounded restatement of mention " + ref;
                case HEADLINE_RESTATEMENT -> "headline restates mention " + ref;
                case CONVERSION -> "conversion of mention " + ref;
                case VAGUE -> "vague amount";
                case NOT_INVESTMENT -> "not investment: " + nonInvestment.label();
                case NOT_APPROVED -> "not approved";
                case CANCELLED -> "cancelled";
            };
        }

        void set(Status s, Integer r) {
            status = s;
            ref = r;
        }
    }

    /** What one sentence leaves for the next one. */
    private static final class Carry {
        Integer prevTop;        // last non-subtotal mention of the previous sentence
        Integer listParent;     // parent of an enumeration left open by a trailing ；
        BigDecimal listSum = BigDecimal.ZERO;
    }

    /**
     * @param headline      the headline, or null
     * @param bodySentences body sentences in order (null entries are treated as empty)
     * @return investment mentions in article order: headline first, then body
     */
    public static List<InvestmentMention> extract(String headline, List<String> bodySentences) {
        return extract(headline, bodySentences, Rules.ALL);
    }

    /** As {@link #extract(String, List)}, with only the given parts of issue 15 switched on. */
    public static List<InvestmentMention> extract(String headline, List<String> bodySentences, Rules rules) {
        List<Entry> out = new ArrayList<>();
        if (headline != null && !headline.isBlank()) {
            processSentence(-1, headline, new Carry(), out, rules);
        }
        Carry carry = new Carry();
        List<String> body = bodySentences == null ? List.of() : bodySentences;
        for (int i = 0; i < body.size(); i++) {
            String sentence = body.get(i) == null ? "" : body.get(i);
            carry = processSentence(i, sentence, carry, out, rules);
        }
        markHeadlineRestatements(out, titleLines(body));
        pointAtCountedMentions(out);
        markImplicitParts(out);
        List<InvestmentMention> mentions = new ArrayList<>(out.size());
        for (Entry e : out) {
            mentions.add(new InvestmentMention(e.sentenceIdx, e.sentence, e.amount, e.kind, e.parent(), e.count,
                    e.counted(), e.reason(), e.said == null ? null : e.said.label(),
                    e.nonInvestment == null ? null : e.nonInvestment.label()));
        }
        return List.copyOf(mentions);
    }

    /** Adds the sentence's mentions to {@code out}; returns what the next sentence may refer back to. */
    private static Carry processSentence(int idx, String sentence, Carry in, List<Entry> out, Rules rules) {
        String s = TextNormalizer.normalize(sentence);
        List<MoneyAmount> amounts = AmountParser.findAll(sentence);
        List<Decision> decisions = InvestmentCues.classify(s, amounts, rules.acquisitions(), rules.breakdowns());
        String masked = InvestmentCues.mask(s);

        Integer prevTop = in.prevTop;
        Integer carriedParent = null;
        BigDecimal carriedSum = BigDecimal.ZERO;
        if (prevTop != null && opensWithMarker(s, amounts, decisions)) {
            carriedParent = prevTop;
        } else if (in.listParent != null && continuesList(s, amounts, decisions)) {
            carriedParent = in.listParent; // 其中，A…；B…: B is the next part of the same parent
            carriedSum = in.listSum;
        }
        Integer lastTop = null;
        int lastTopEnd = 0;
        Integer activeParent = null;
        BigDecimal partsSum = BigDecimal.ZERO;
        int segmentStart = 0;
        Entry lastEntry = null;
        int lastEntryEnd = -1;

        for (int k = 0; k < amounts.size(); k++) {
            if (decisions.get(k) != Decision.INVESTMENT) {
                continue;
            }
            MoneyAmount a = amounts.get(k);

            // 带动投资数十亿元: shown with its bounds, never counted, never a parent, part or repeat
            if (a.qualifier() == MoneyAmount.Qualifier.VAGUE) {
                Entry v = new Entry(idx, sentence, a, isTotal(s.substring(segmentStart, a.start()), null)
                        ? Kind.TOTAL : Kind.SINGLE, null);
                v.set(Status.VAGUE, null);
                out.add(v);
                continue;
            }

            // 斥资250万英镑（约合420万美元）: the same money in another currency
            if (lastEntry != null && lastEntry.sentenceIdx == idx && isConversion(s, lastEntryEnd, a)) {
                Entry conv = new Entry(idx, sentence, a, lastEntry.kind, lastEntry.count);
                conv.said = lastEntry.said;
                conv.nonInvestment = lastEntry.nonInvestment;
                if (lastEntry.status == Status.NOT_INVESTMENT) {
                    conv.set(Status.NOT_INVESTMENT, null); // a quota in two currencies is still a quota
                } else {
                    conv.set(Status.CONVERSION, out.indexOf(lastEntry));
                }
                out.add(conv);
                segmentStart = a.end();
                continue;
            }
            NonInvestmentKinds.Kind nonInvestment = rules.nonInvestmentKinds()
                    ? NonInvestmentKinds.classify(masked, a, Math.max(InvestmentCues.clauseStart(s, a.start()),
                            k > 0 ? amounts.get(k - 1).end() : 0)).orElse(null)
                    : null;

            if (activeParent == null) {
                if (lastTop != null && (hasMarker(s, lastTopEnd, a.start()) || phasePart(s, out.get(lastTop), lastTopEnd, a))) {
                    activeParent = lastTop;
                    partsSum = BigDecimal.ZERO;
                } else if (lastTop == null && carriedParent != null) {
                    activeParent = carriedParent;
                    partsSum = carriedSum;
                }
            }
            Integer parentIdx = null;
            Status status = Status.COUNTED;
            boolean exceeds = false;
            if (activeParent != null) {
                BigDecimal parentAmount = out.get(activeParent).amount.amount();
                if (rules.breakdowns() && !out.get(activeParent).amount.currency().equals(a.currency())) {
                    // 总投资142亿元。其中，外资项目12个，总投资7.5亿美元: a part that cannot be summed
                    parentIdx = activeParent;
                    status = Status.SUBTOTAL;
                } else if (fitsIn(out.get(activeParent).amount, partsSum, a)) {
                    parentIdx = activeParent;
                    partsSum = partsSum.add(a.amount());
                    status = Status.SUBTOTAL;
                    // within the rounding slack but over the parent: keep it a part, say so
                    exceeds = partsSum.compareTo(parentAmount) > 0;
                } else {
                    activeParent = null; // bigger than its "parent": a new figure, not a part
                }
            }
            if (parentIdx == null) {
                Integer plan = lastTop != null ? lastTop
                        : CONTINUATION_OPENING.matcher(s.strip()).find() ? prevTop : null;
                int from = lastTop != null ? lastTopEnd : 0;
                if (plan != null && PROGRESS.matcher(s.substring(from, a.start())).find()
                        && !(rules.breakdowns() && ANOTHER_GROUP.matcher(s.substring(from, a.start())).find())
                        && isPlan(out.get(plan)) && fitsIn(out.get(plan).amount, BigDecimal.ZERO, a)) {
                    parentIdx = plan;
                    status = Status.PROGRESS;
                }
            }

            if (parentIdx == null && nonInvestment != null) {
                // 委托规模300亿元, QFII额度2亿美元: shown with its kind, never counted, never a parent
                Entry e = new Entry(idx, sentence, a, Kind.SINGLE, null);
                e.nonInvestment = nonInvestment;
                e.set(Status.NOT_INVESTMENT, null);
                out.add(e);
                lastEntry = e;
                lastEntryEnd = a.end();
                segmentStart = a.end();
                continue;
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

            Entry e = new Entry(idx, sentence, a, kind, count);
            e.exceedsParent = exceeds;
            e.nonInvestment = nonInvestment; // a part of a total may still be, say, a funding source
            if (rules.statuses()) {
                e.said = InvestmentStatus.detect(s, a, previousInvestmentEnd(amounts, decisions, k),
                        nextInvestmentStart(amounts, decisions, k, s.length())).orElse(null);
            }
            if (parentIdx != null) {
                e.set(status, parentIdx);
            } else if (e.said != null && e.said.dropsAmount()) {
                e.set(e.said == InvestmentStatus.Status.CANCELLED ? Status.CANCELLED : Status.NOT_APPROVED, null);
            } else {
                Integer dup = firstSameValue(out, a, idx);
                if (dup != null) {
                    e.set(Status.DUPLICATE, dup);
                }
                if (lastTop != null && isRevision(s, out.get(lastTop).amount, a)) {
                    Entry old = out.get(lastTop);
                    e.kind = old.kind; // the new figure measures the same thing
                    old.set(Status.SUPERSEDED, out.size());
                }
            }
            out.add(e);
            if (kind != Kind.SUBTOTAL) {
                lastTop = out.size() - 1;
                lastTopEnd = a.end();
            }
            lastEntry = e;
            lastEntryEnd = a.end();
            segmentStart = a.end();
        }

        Carry next = new Carry();
        next.prevTop = lastTop;
        // an enumeration stays open when the sentence ends with ； after a part
        if (lastEntry != null && lastEntry.status == Status.SUBTOTAL && endsWithSemicolon(s)) {
            next.listParent = lastEntry.ref;
            next.listSum = BigDecimal.ZERO;
            for (Entry e : out) {
                if (e.status == Status.SUBTOTAL && lastEntry.ref.equals(e.ref)) {
                    next.listSum = next.listSum.add(e.amount.amount());
                }
            }
        }
        return next;
    }

    private static int previousInvestmentEnd(List<MoneyAmount> amounts, List<Decision> decisions, int k) {
        for (int j = k - 1; j >= 0; j--) {
            if (decisions.get(j) == Decision.INVESTMENT) {
                return amounts.get(j).end();
            }
        }
        return 0;
    }

    private static int nextInvestmentStart(List<MoneyAmount> amounts, List<Decision> decisions, int k, int end) {
        for (int j = k + 1; j < amounts.size(); j++) {
            if (decisions.get(j) == Decision.INVESTMENT) {
                return amounts.get(j).start();
            }
        }
        return end;
    }

    /**
     * The headline restates the body (总投资约215亿元 over a body sentence with the same figure, its
     * project count and its 其中 parts): the body mention is the one counted. A rougher headline
     * figure (超百亿元 over 112.6亿元) is likewise not counted.
     */
    private static void markHeadlineRestatements(List<Entry> out, int titleLines) {
        for (int h = 0; h < out.size(); h++) {
            Entry head = out.get(h);
            if (head.sentenceIdx >= titleLines || !head.counted()) {
                continue;
            }
            Integer same = null;
            Integer rounded = null;
            for (int j = 0; j < out.size(); j++) {
                Entry body = out.get(j);
                if (body.sentenceIdx < titleLines) {
                    continue;
                }
                if (same == null && body.amount.sameValueAs(head.amount)
                        && (body.counted() || body.status == Status.SUBTOTAL || body.status == Status.PROGRESS
                        || body.status == Status.NOT_APPROVED || body.status == Status.CANCELLED
                        || body.status == Status.DUPLICATE && body.ref == h)) {
                    same = j;
                }
                if (rounded == null && body.counted()
                        && (body.kind == head.kind && roughness(head.amount) > roughness(body.amount)
                        && roughlyMatches(head.amount, body.amount) || roundedDigits(head.amount, body.amount))) {
                    rounded = j;
                }
            }
            if (same != null) {
                head.set(Status.HEADLINE_RESTATEMENT, same);
                // the first body repeat becomes the counted one; later repeats point at it
                for (int j = 0; j < out.size(); j++) {
                    Entry e = out.get(j);
                    if (e.status == Status.DUPLICATE && e.ref == h) {
                        if (j == same) {
                            e.set(Status.COUNTED, null);
                        } else {
                            e.ref = same;
                        }
                    }
                }
            } else if (rounded != null) {
                head.set(Status.ROUNDED_RESTATEMENT, rounded);
            }
        }
    }

    /**
     * 4年投资542亿元. …中小学…完成投资413亿元。…高校…完成投资129亿元。: figures that follow a total
     * and add up to it (within rounding) are its breakdown even without 其中. Only two or more
     * counted mentions right after the total (repeats of it skipped) are considered, so a chance
     * match is unlikely.
     */
    private static void markImplicitParts(List<Entry> out) {
        for (int p = 0; p < out.size(); p++) {
            Entry parent = out.get(p);
            if (!parent.counted() || parent.kind == Kind.SUBTOTAL) {
                continue;
            }
            List<Integer> run = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (int j = p + 1; j < out.size() && run.size() < MAX_IMPLICIT_PARTS; j++) {
                Entry e = out.get(j);
                if (!e.counted()) {
                    if (e.ref != null && e.ref == p) {
                        continue; // a repeat of the total, or a part already linked to it
                    }
                    break;
                }
                if (!e.amount.currency().equals(parent.amount.currency())) {
                    break;
                }
                run.add(j);
                sum = sum.add(e.amount.amount());
                if (run.size() >= 2 && closeTo(sum, parent.amount.amount())) {
                    for (int k : run) {
                        out.get(k).kind = Kind.SUBTOTAL;
                        out.get(k).set(Status.SUBTOTAL, p);
                    }
                    break;
                }
                if (sum.compareTo(parent.amount.amount()) > 0) {
                    break;
                }
            }
        }
    }

    private static boolean closeTo(BigDecimal sum, BigDecimal total) {
        return sum.subtract(total).abs().compareTo(total.multiply(IMPLICIT_TOLERANCE)) <= 0;
    }

    /** A subtotal (or repeat) of a repeat belongs to the counted original: follow repeats to it. */
    private static void pointAtCountedMentions(List<Entry> out) {
        for (Entry e : out) {
            if (e.ref == null || e.status == Status.SUPERSEDED) {
                continue;
            }
            int guard = out.size();
            while (guard-- > 0) {
                Entry target = out.get(e.ref);
                boolean repeat = target.status == Status.DUPLICATE || target.status == Status.HEADLINE_RESTATEMENT;
                if (!repeat || target.ref == null || target.ref.equals(e.ref)) {
                    break;
                }
                e.ref = target.ref;
            }
        }
    }

    /**
     * Headlines and the title lines above a PKU article body (●4年投资542亿元●…) stand before the
     * text: the leading body lines that end no sentence count as titles too. Returns the index of
     * the first real body sentence.
     */
    private static int titleLines(List<String> body) {
        int k = 0;
        while (k < body.size() && body.get(k) != null && !endsSentence(body.get(k))) {
            k++;
        }
        return k == body.size() ? 0 : k; // a body of titles only is a body
    }

    private static boolean endsSentence(String s) {
        String t = s.strip();
        while (!t.isEmpty() && "”’\"'」』）)】》".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return !t.isEmpty() && "。！？；!?;…".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** 投入四十亿 over 斥资40.89亿元: fewer significant digits and within 5%: the same money, rounded. */
    private static boolean roundedDigits(MoneyAmount rough, MoneyAmount precise) {
        return rough.currency().equals(precise.currency())
                && roughness(rough) == roughness(precise)
                && rough.amount().stripTrailingZeros().precision() < precise.amount().stripTrailingZeros().precision()
                && between(rough.amount(), precise.amount().multiply(new BigDecimal("0.95")),
                        precise.amount().multiply(new BigDecimal("1.05")));
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

    private static boolean isPlan(Entry m) {
        String s = TextNormalizer.normalize(m.sentence);
        int from = InvestmentCues.clauseStart(s, m.amount.start());
        return PLAN.matcher(s.substring(from, m.amount.start())).find();
    }

    /** 250万英镑（约合420万美元）: an amount in brackets right after another one restates it. */
    private static boolean isConversion(String s, int previousEnd, MoneyAmount a) {
        if (previousEnd < 0 || previousEnd > a.start()) {
            return false;
        }
        String gap = s.substring(previousEnd, a.start());
        return CONVERSION_GAP.matcher(gap).matches()
                && (gap.contains("(") || gap.contains("（") || CONVERSION_TEXT.matcher(a.text()).find());
    }

    /**
     * After 其中，A项目3个，总投资52亿元； the next sentence 智能驾驶项目2个，总投资18亿元 is another item
     * of the list when its item is labelled like one (a project count or a phase) and has no total cue;
     * a sentence about something else (某公司计划投资45亿元) ends the list.
     */
    private static boolean continuesList(String s, List<MoneyAmount> amounts, List<Decision> decisions) {
        for (int k = 0; k < amounts.size(); k++) {
            if (decisions.get(k) != Decision.INVESTMENT) {
                continue;
            }
            String before = s.substring(0, amounts.get(k).start());
            if (TOTAL_CUES.matcher(before).find() || STRONG_SINGLE_CUES.matcher(before).find()) {
                return false;
            }
            return ProjectCounts.nearest(s, 0, amounts.get(k).start()) != null || LIST_ITEM.matcher(before).find();
        }
        return false;
    }

    /** 出资1.2亿元兴建，其中一期投资8000万元: a phase of the project just named is a part of it. */
    private static boolean phasePart(String s, Entry top, int from, MoneyAmount a) {
        if (top.sentenceIdx < 0 || from >= a.start() || !PHASE.matcher(s.substring(from, a.start())).find()) {
            return false;
        }
        String topSentence = TextNormalizer.normalize(top.sentence);
        int clause = InvestmentCues.clauseStart(topSentence, top.amount.start());
        return !PHASE.matcher(topSentence.substring(clause, top.amount.start())).find(); // 一期5亿，二期3亿: siblings
    }

    private static boolean endsWithSemicolon(String s) {
        String t = s.strip();
        return t.endsWith("；") || t.endsWith(";");
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
    private static Integer firstSameValue(List<Entry> out, MoneyAmount a, int idx) {
        for (int j = 0; j < out.size(); j++) {
            Entry m = out.get(j);
            if (m.sentenceIdx != idx && m.status != Status.CONVERSION && m.status != Status.NOT_INVESTMENT
                    && m.amount.sameValueAs(a)) {
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
