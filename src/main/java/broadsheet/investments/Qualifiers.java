package broadsheet.investments;

import broadsheet.investments.MoneyAmount.Qualifier;

/** Words around a number that say it is approximate or a bound: 约, 超过, 近, 不到, 以上, 左右...; 之间 and 不等 after a range. */
final class Qualifiers {

    /** A qualifier word found in the text. */
    record Match(Qualifier qualifier, int start, int end) {
    }

    /** {@code unitOnly}: only valid before a number that starts with a unit (上亿元, 过千万元). */
    private record Entry(String word, Qualifier qualifier, boolean unitOnly) {
    }

    private static final Entry[] PREFIX = {
        // three characters first so that 不超过 wins over 超过 and 不低于 over 低于
        new Entry("不超过", Qualifier.UPPER_BOUND, false),
        new Entry("未超过", Qualifier.UPPER_BOUND, false),
        new Entry("不高于", Qualifier.UPPER_BOUND, false),
        new Entry("不多于", Qualifier.UPPER_BOUND, false),
        new Entry("不低于", Qualifier.LOWER_BOUND, false),
        new Entry("不少于", Qualifier.LOWER_BOUND, false),
        new Entry("不到", Qualifier.UPPER_BOUND, false),
        new Entry("不足", Qualifier.UPPER_BOUND, false),
        new Entry("不满", Qualifier.UPPER_BOUND, false),
        new Entry("不超", Qualifier.UPPER_BOUND, false),
        new Entry("最高", Qualifier.UPPER_BOUND, false),
        new Entry("最多", Qualifier.UPPER_BOUND, false),
        new Entry("低于", Qualifier.UPPER_BOUND, false),
        new Entry("少于", Qualifier.UPPER_BOUND, false),
        new Entry("至少", Qualifier.LOWER_BOUND, false),
        new Entry("最少", Qualifier.LOWER_BOUND, false),
        new Entry("最低", Qualifier.LOWER_BOUND, false),
        new Entry("超过", Qualifier.LOWER_BOUND, false),
        new Entry("超出", Qualifier.LOWER_BOUND, false),
        new Entry("多于", Qualifier.LOWER_BOUND, false),
        new Entry("高于", Qualifier.LOWER_BOUND, false),
        new Entry("突破", Qualifier.LOWER_BOUND, false),
        new Entry("将近", Qualifier.BELOW, false),
        new Entry("接近", Qualifier.BELOW, false),
        new Entry("逼近", Qualifier.BELOW, false),
        new Entry("大约", Qualifier.APPROXIMATE, false),
        new Entry("约合", Qualifier.APPROXIMATE, false),
        new Entry("约为", Qualifier.APPROXIMATE, false),
        new Entry("大概", Qualifier.APPROXIMATE, false),
        new Entry("大致", Qualifier.APPROXIMATE, false),
        new Entry("超", Qualifier.LOWER_BOUND, false),
        new Entry("逾", Qualifier.LOWER_BOUND, false),
        new Entry("过", Qualifier.LOWER_BOUND, true),
        new Entry("上", Qualifier.LOWER_BOUND, true),
        new Entry("破", Qualifier.LOWER_BOUND, true),
        new Entry("近", Qualifier.BELOW, false),
        new Entry("约", Qualifier.APPROXIMATE, false),
    };

    private static final Entry[] SUFFIX = {
        new Entry("及以上", Qualifier.LOWER_BOUND, false),
        new Entry("以上", Qualifier.LOWER_BOUND, false),
        new Entry("及以下", Qualifier.UPPER_BOUND, false),
        new Entry("以下", Qualifier.UPPER_BOUND, false),
        new Entry("以内", Qualifier.UPPER_BOUND, false),
        new Entry("之内", Qualifier.UPPER_BOUND, false),
        new Entry("左右", Qualifier.APPROXIMATE, false),
        new Entry("上下", Qualifier.APPROXIMATE, false),
        // only after a range: 10万至20万元之间, 5000元至2万元不等
        new Entry("之间", Qualifier.RANGE, false),
        new Entry("不等", Qualifier.RANGE, false),
    };

    /** Verbs that may sit between a qualifier and the number, as in 约达5亿元 or 最高可达200万元. */
    private static final String[] FILLERS = {"达到", "高达", "多达", "可达", "达", "为"};

    /** 签约, 合约, 节约...: 约 glued to these is a word, not "about". */
    private static final String NOT_BEFORE_YUE = "签合预节制履违公条契邀特相如隐集婚赴践";
    /** 最近, 附近...: 近 glued to these is a word, not "nearly". */
    private static final String NOT_BEFORE_JIN = "最附邻临就亲贴靠";

    private Qualifiers() {
    }

    /** The qualifier ending at {@code p} (possibly followed by a filler like 达, or a space), or null. */
    static Match prefixEndingAt(String s, int p, int minStart, boolean numberStartsWithUnit) {
        Match m = prefixBefore(s, p, minStart, numberStartsWithUnit);
        if (m == null && p - 1 > minStart && s.charAt(p - 1) == ' ') {
            m = prefixBefore(s, p - 1, minStart, numberStartsWithUnit); // 约 5亿元
            return m == null ? null : new Match(m.qualifier(), m.start(), p);
        }
        return m;
    }

    private static Match prefixBefore(String s, int p, int minStart, boolean numberStartsWithUnit) {
        Match direct = prefixDirect(s, p, minStart, numberStartsWithUnit);
        if (direct != null) {
            return direct;
        }
        for (String f : FILLERS) {
            int fs = p - f.length();
            if (fs >= minStart && s.startsWith(f, fs)) {
                Match m = prefixDirect(s, fs, minStart, numberStartsWithUnit);
                if (m != null) {
                    return new Match(m.qualifier(), m.start(), p);
                }
            }
        }
        return null;
    }

    private static Match prefixDirect(String s, int p, int minStart, boolean numberStartsWithUnit) {
        for (Entry e : PREFIX) {
            int start = p - e.word().length();
            if (start < minStart || !s.startsWith(e.word(), start)) {
                continue;
            }
            if (e.unitOnly() && !numberStartsWithUnit) {
                continue;
            }
            char before = start > 0 ? s.charAt(start - 1) : ' ';
            if (e.word().equals("约") && NOT_BEFORE_YUE.indexOf(before) >= 0) {
                continue;
            }
            if (e.word().equals("近") && NOT_BEFORE_JIN.indexOf(before) >= 0) {
                continue;
            }
            return new Match(e.qualifier(), start, p);
        }
        return null;
    }

    /** The qualifier starting at {@code p} or after one space there (以上, 左右...), or null. */
    static Match suffixAt(String s, int p) {
        if (p < s.length() && s.charAt(p) == ' ') {
            Match m = suffixDirect(s, p + 1);
            return m == null ? null : new Match(m.qualifier(), p, m.end());
        }
        return suffixDirect(s, p);
    }

    private static Match suffixDirect(String s, int p) {
        for (Entry e : SUFFIX) {
            if (!s.startsWith(e.word(), p)) {
                continue;
            }
            int end = p + e.word().length();
            if (e.word().equals("上下") && end < s.length() && s.charAt(end) == '游') {
                continue; // 上下游 is "up- and downstream"
            }
            return new Match(e.qualifier(), p, end);
        }
        return null;
    }
}
