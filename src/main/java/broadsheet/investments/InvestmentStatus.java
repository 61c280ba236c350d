package broadsheet.investments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the money of an investment amount stands, when the text says it: planned (计划投资, 拟, 将),
 * signed (签约, 协议), approved (获批, 核准, 备案), not approved (未获批准, 被否决), started (开工, 在建),
 * completed (竣工, 建成, 投产, 完成投资) or cancelled (取消, 终止, 叫停). Not approved and cancelled
 * money is not counted.
 *
 * <p>The words looked at are the amount's stretch of the sentence: from the previous amount (or the
 * sentence start) to the next one (or the sentence end). The amount's own clause is read first, then
 * the clauses to its left from the nearest, then those to its right; within a clause the cue nearest
 * to the amount wins. A planning word just before another cue (计划年内开工, 预计明年竣工, 尚未开工)
 * makes it planned: the text says it will happen, not that it has.
 */
final class InvestmentStatus {

    /** The value of the {@code status} column is {@link #label()}. */
    enum Status {
        PLANNED, SIGNED, APPROVED, NOT_APPROVED, STARTED, COMPLETED, CANCELLED;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Money that will not be spent: not added to totals. */
        boolean dropsAmount() {
            return this == NOT_APPROVED || this == CANCELLED;
        }
    }

    private record Cue(Status status, Pattern pattern) {
    }

    /** In order of precedence: the first status of this table found in the amount's words wins. */
    private static final List<Cue> CUES = List.of(
            cue(Status.CANCELLED, "(?:宣布|决定|已|被)?(?:取消(?!了?(?:审批|收费|限制|费|税|补贴|资格))|终止|撤销|撤回|叫停|搁浅|搁置|停建|下马|作废"
                    + "|解除(?:协议|合同)|放弃|流产|告吹|中止)"),
            cue(Status.NOT_APPROVED, "未(?:能)?(?:获得?|通过|予|被)(?:批准|批复|核准|审批|审核|备案|通过|立项)|未获批|未通过|不予(?:批准|核准|备案|立项)"
                    + "|被否决|否决|驳回|没有(?:获得?|通过)(?:批准|审批|核准)|暂缓审批|审批未通过"),
            cue(Status.COMPLETED, "竣工|建成|完工|落成|投产|投入使用|交付使用|投用|投入运营|投入试运行|试运行|通车|开业|已完成|完成(?=了?[^，,；;。！？!?]{0,6}?(?:投资|投入|建设)|了?[0-9零一二三四五六七八九十百千约近超逾])|到位"
                    + "|实际(?:投资|投入|使用)|累计(?:投资|投入)"),
            cue(Status.STARTED, "开工|动工|开建|奠基|破土|启动建设|开始建设|开始施工|正式建设|进场施工|在建|续建|施工|加快建设|建设中|正在建设"),
            cue(Status.APPROVED, "获批|批准|核准|批复|备案|审批通过|通过审批|审核通过|通过审核|通过评审|立项|获准"),
            cue(Status.SIGNED, "签约|签署|签订|协议|合同|落户"),
            cue(Status.PLANNED, "计划|拟|将(?:投资|投入|出资|斥资|追加|增资)|预计(?:总)?(?:投资|投入)|规划|意向|有意|打算|准备|筹划|谋划|力争|有望|宣布|即将"));

    /** A planning word this close before another cue turns it into a plan: 计划于年内开工, 尚未开工. */
    private static final Pattern PLAN_BEFORE = Pattern.compile(
            "(?:计划|拟|将|预计|规划|力争|有望|争取|即将|准备|打算|尚未|还未|未|没有|待|年内|明年|下半年|年底前)[^，,；;。！？!?]{0,6}$");
    /** 达产后, 建成后: a condition about the future, not a status. */
    private static final Pattern CONDITIONAL_AFTER = Pattern.compile("^后|^以后|^之后");
    /** Words after an amount that start talking about other money: the status beyond is not this amount's. */
    private static final Pattern OTHER_SUBJECT = Pattern.compile("另有|另外|此外|其余|其他|还有|其中|包括|同时");

    private InvestmentStatus() {
    }

    private static Cue cue(Status status, String regex) {
        return new Cue(status, Pattern.compile(regex));
    }

    /**
     * The status of amount {@code a} of the normalised sentence {@code s}; {@code from} and {@code to}
     * bound its stretch (end of the previous investment amount, start of the next one). The words
     * before the amount and in its own clause are read first, by precedence; then the clauses after it
     * (up to words that turn to other money: 另有, 其中), where a bare plan is not taken (收购…，计划建设…
     * plans the next step, not this money). A cancellation or refusal in an earlier clause counts only
     * when that clause is about projects (另有14个项目未获批准，涉及投资65亿元), not about other things
     * (放弃…租金收入，投资40万元 is no cancelled investment).
     */
    static Optional<Status> detect(String s, MoneyAmount a, int from, int to) {
        int ownStart = Math.max(from, InvestmentCues.clauseStart(s, a.start()));
        int ownEnd = Math.min(to, InvestmentCues.clauseEnd(s, a.end()));
        List<Found> near = new ArrayList<>();
        for (Found f : all(s, from, ownStart)) {
            if (!f.status.dropsAmount() || aboutProjects(s, f)) {
                near.add(f);
            }
        }
        near.addAll(all(s, ownStart, a.start()));
        near.addAll(all(s, a.end(), ownEnd));
        Optional<Status> own = best(s, from, near, true);
        Matcher other = OTHER_SUBJECT.matcher(s).region(ownEnd, to);
        int rightEnd = other.find() ? other.start() : to;
        Optional<Status> after = best(s, ownEnd, all(s, ownEnd, rightEnd), false);
        // 原计划投资4亿元，后因规划调整被取消: a later cancellation overrules the plan
        return after.isPresent() && after.get().dropsAmount() || own.isEmpty() ? after : own;
    }

    /** The status of highest precedence among the cues found; {@code from} is where plans may start. */
    private static Optional<Status> best(String s, int from, List<Found> found, boolean plans) {
        Status best = null;
        for (Found f : dropContained(found)) {
            if (f.status == Status.PLANNED && !plans) {
                continue; // 收购…，计划建设…: a bare plan after the amount is the next step's
            }
            Status st = planned(s, from, f);
            if (best == null || rank(st) < rank(best)) {
                best = st;
            }
        }
        return Optional.ofNullable(best);
    }

    private static final Pattern PROJECT_WORDS = Pattern.compile("项目|工程|计划|申请|申报|方案|协议|合同");

    /** Whether the clause around a found cue names a project. */
    private static boolean aboutProjects(String s, Found f) {
        int start = InvestmentCues.clauseStart(s, f.start);
        int end = InvestmentCues.clauseEnd(s, f.end);
        return PROJECT_WORDS.matcher(s).region(start, end).find();
    }

    /** Precedence of a status: its place in {@link #CUES}. */
    private static int rank(Status st) {
        for (int i = 0; i < CUES.size(); i++) {
            if (CUES.get(i).status() == st) {
                return i;
            }
        }
        return CUES.size();
    }

    private record Found(Status status, int start, int end) {
    }

    private static List<Found> all(String s, int from, int to) {
        List<Found> out = new ArrayList<>();
        if (from >= to) {
            return out;
        }
        for (Cue c : CUES) {
            Matcher m = c.pattern().matcher(s).region(from, to).useTransparentBounds(true);
            while (m.find()) {
                if (m.end() > m.start() && !CONDITIONAL_AFTER.matcher(s).region(m.end(), s.length()).find()) {
                    out.add(new Found(c.status(), m.start(), m.end()));
                }
            }
        }
        return dropContained(out);
    }

    /** A cue inside a longer one of the table (批准 inside 未获批准) is not a cue of its own. */
    private static List<Found> dropContained(List<Found> found) {
        List<Found> out = new ArrayList<>();
        for (Found f : found) {
            boolean inside = false;
            for (Found g : found) {
                if (g != f && g.start <= f.start && g.end >= f.end && (g.end - g.start) > (f.end - f.start)) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                out.add(f);
            }
        }
        return out;
    }

    private static Status planned(String s, int from, Found f) {
        if (f.status == Status.PLANNED || f.status.dropsAmount()) {
            return f.status;
        }
        return PLAN_BEFORE.matcher(s).region(from, f.start).find() ? Status.PLANNED : f.status;
    }
}
