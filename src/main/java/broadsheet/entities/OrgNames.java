package broadsheet.entities;

import broadsheet.entities.EntityMention.Methods;
import broadsheet.nlp.Token;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static broadsheet.entities.Candidate.*;
import static broadsheet.entities.Chars.*;
import static broadsheet.entities.Names.*;
import static broadsheet.entities.OrgNames.*;

/** The shape of an organisation's name: its head (suffix), the words it may span, its left edge. */
final class OrgNames {
    private OrgNames() {}

    /**
     * The part before an organisation suffix names something (卓胜微电子, 上海药物) rather than describing
     * it (一些, 家庭, 地方): it starts with a place or with characters that are no dictionary word.
     */
    static boolean namedPrefix(String prefix) {
        Lexicon lx = Lexicon.get();
        for (int n = Math.min(prefix.length(), 4); n >= 2; n--) if (lx.isPlace(prefix.substring(0, n))) return true;
        if (prefix.length() < 2) return false;
        CoreDictionary.Attribute a = CoreDictionary.get(prefix.substring(0, 2));
        if (a == null) return true;
        for (Nature n : a.nature) if (n != null && n.toString().startsWith("ns")) return true;
        return false;
    }

    /** Ends of investment funds' names (星澜新能产业基金). */
    static final List<String> FUND_TAILS = List.of("产业基金", "投资基金", "引导基金", "创投基金", "并购基金");

    /**
     * The part of a guessed organisation word before its suffix only counts or qualifies it (该|银行, 几|部, 不少|银行,
     * 大部分|银行, 国内|银行, 新|公司): a determiner, number or quantity word, or a lone common adjective.
     */
    static boolean countedOrGeneric(String prefix) {
        if (prefix.isEmpty()) return true;
        if ("该本此这那各每某其几一两三多数诸全".indexOf(prefix.charAt(0)) >= 0 && prefix.length() <= 3) return true;
        if (prefix.length() == 1 && "新老大小原前".indexOf(prefix.charAt(0)) >= 0) return true; // 新|公司, not 大众|公司
        for (String q : GENERIC_PREFIXES) if (prefix.equals(q)) return true;
        return false;
    }

    static final Set<String> GENERIC_PREFIXES = Set.of("不少", "许多", "大部分", "部分", "很多", "国内", "国外", "境外", "境内", "各大",
            "主流", "大型", "中小", "地方", "外贸", "贷款", "博彩", "相关", "有关", "其他", "其它", "所有", "有的");

    static boolean trustedOrgWord(String w) {
        String suf = Lexicon.get().orgSuffixOf(w);
        // 资本 and 基金 are common words (扶贫开发基金, 官僚资本): of HanLP's guesses only investment funds count
        if (suf != null && OrgSuffixGrammar.WEAK_SUFFIXES.contains(suf)) {
            for (String tail : FUND_TAILS) if (w.endsWith(tail) && w.length() >= tail.length() + 2) return true;
            suf = null;
        }
        if (suf != null && w.length() > suf.length() && !countedOrGeneric(w.substring(0, w.length() - suf.length()))) return true;
        CoreDictionary.Attribute attr = CoreDictionary.get(w);
        if (attr != null) {
            for (Nature n : attr.nature) if (n != null && n.toString().startsWith("nt")) return true;
        }
        return false;
    }

    /** Verbs that may sit inside an organisation name (联防联控指挥部, 投资促进中心). */
    static final Set<String> ORG_VERBS = Set.of("联防", "联控", "管理", "监督", "发展", "改革", "建设", "投资", "促进",
            "开发", "服务", "研究", "规划", "设计", "制造", "检测", "检验", "保障", "监测", "防控", "救助", "应急", "保护", "交流",
            "合作", "推广", "招商", "孵化", "培训", "创新", "融资", "担保", "封装", "运营", "评估", "认证", "监察", "执法", "生产",
            "经营", "咨询", "贸易", "物流", "调查", "审计", "统计", "出版", "广播", "勘察", "治理", "协调", "指导", "救援", "维护");

    static boolean orgPart(Sentence s, int k) {
        Token t = s.toks.get(k);
        String pos = t.pos(), w = t.word();
        // 中国|企业家|论坛, 志愿者|协会: a noun for people the title grammar looked behind is still part of a name
        if (s.titleTokens.get(k) && !PEOPLE_NOUNS.contains(w) || pos.equals("nnt") || ORG_STOP_WORDS.contains(w)) return false;
        // 新/a|冠/v 肺炎: a word HanLP's 2014 dictionary does not know
        if (k > 0 && MODERN_WORDS.contains(s.toks.get(k - 1).word() + w)) return true;
        if (w.endsWith("日电") || w.endsWith("日讯")) return false; // dateline: 北京１月２６日电
        if (FUNCTION_CHARS.indexOf(w.charAt(0)) >= 0 && !isProperPos(pos)) return false; // 和市, 人向: glued function words
        if (w.length() > 1 && FUNCTION_CHARS.indexOf(w.charAt(w.length() - 1)) >= 0 && !isProperPos(pos)) return false;
        if (pos.startsWith("n") || pos.equals("j") || pos.equals("b") || pos.equals("x") || pos.startsWith("g")) return true;
        if (pos.equals("a") || pos.equals("ag")) return true; // 精密机械, 新: a proper word further left is still required
        if (pos.equals("h") && w.length() == 1 && isCjk(w.charAt(0))) return true; // 微/h|导纳|米|科技公司: a piece of a cut name
        if (pos.startsWith("q") && w.length() == 1 && k > 0) { // 微导纳|米|科技公司: a stray piece, not after a number
            String pp = s.toks.get(k - 1).pos();
            return !pp.startsWith("m") && !pp.startsWith("r") && !pp.equals("w");
        }
        if (pos.startsWith("v")) {
            if (ORG_VERBS.contains(w) || pos.equals("vn") && w.length() >= 2) return true;
            // 、汇/v 川/b 新能源…: a stray one-character piece of an unknown name, right after punctuation
            if (w.length() != 1 || k == 0 || !s.toks.get(k - 1).pos().equals("w")) return false;
            Token n = s.toks.get(k + 1);
            return n.word().length() == 1 && (n.pos().equals("b") || n.pos().equals("ng") || n.pos().equals("n"));
        }
        if (pos.equals("f") && w.length() == 1) { // 中/f 电海康集团: only right after punctuation or a conjunction
            if (k == 0) return true;
            String pp = s.toks.get(k - 1).pos();
            return pp.equals("w") || pp.startsWith("c");
        }
        return false;
    }

    /** Nouns for groups of people in titles.txt that also name what an organisation gathers (企业家论坛, 农民合作社). */
    static final Set<String> PEOPLE_NOUNS = Set.of("企业家", "志愿者", "农民", "工人", "职工", "居民", "市民", "村民");

    /** Words newer than HanLP's dictionary that it cuts into pieces inside organisation names. */
    static final Set<String> MODERN_WORDS = Set.of("新冠");

    static boolean badLeftEdge(Token t, Token before, Token after) {
        String p = t.pos();
        // 蓝|湾|新能源…: a run of one-character pieces is an unknown name, whatever HanLP tagged them
        if (t.word().length() == 1 && after != null && after.word().length() == 1
                && (p.startsWith("a") || p.equals("b") || p.equals("v") && (before == null || before.pos().equals("w")))) return false;
        if (p.equals("vn")) return false;
        if (p.startsWith("f")) return !(before == null || before.pos().equals("w") || before.pos().startsWith("c"));
        return p.startsWith("v") || p.startsWith("a") || p.equals("b") || p.startsWith("d") || p.startsWith("m")
                || p.startsWith("q") || p.startsWith("r") || p.startsWith("c") || p.startsWith("p") || p.startsWith("u");
    }

    static boolean isProper(Token t) {
        String p = t.pos();
        if (p.startsWith("ns") || p.startsWith("nr") || p.startsWith("nt") || p.equals("nz") || p.equals("nx") || p.equals("x")
                || p.equals("j")) return true;
        if (Lexicon.get().isPlace(t.word())) return true;
        // a stray one-character piece of an unknown name (雪|浪, 中科|芯)
        return t.word().length() == 1 && isCjk(t.word().charAt(0))
                && (p.equals("n") || p.equals("ng") || p.equals("b") || p.equals("vg") || p.equals("Rg") || p.equals("ag") || p.equals("h"));
    }

    /** Tags of a lone character that cannot stand alone: a prefix, bound morphemes, an unknown character. */
    static final Set<String> BOUND_PIECES = Set.of("h", "ng", "ag", "vg", "Rg", "x");

    /**
     * A token after which a name can start: punctuation, a preposition, a conjunction, a particle, a verb of two or
     * more characters or a one-character function word (到, 在).
     */
    static boolean phraseBoundary(Token t) {
        String p = t.pos();
        if (t.word().equals("之")) return false; // 太湖之|畔: what follows 之 is bound to it
        return p.startsWith("w") || p.startsWith("p") || p.startsWith("c") || p.startsWith("u")
                || p.startsWith("v") && t.word().length() >= 2 || t.word().length() == 1 && notNameStart(t.word().charAt(0));
    }

    /**
     * HanLP cuts a name it does not know into one-character pieces and often starts the organisation inside it:
     * 比/p|特/h|朗宜兴公司, 瀚/v|川/j|新/a|材料…公司, 天/q|源储能科技公司, 恒/ag|达精工(南通)有限公司. The one-character
     * pieces glued right before the span at {@code a} are the name's first characters when they follow a phrase
     * boundary (the sentence start, punctuation, a verb, a preposition, a conjunction, a particle) and are two or
     * more (counting those the span starts with), or one that cannot stand alone there (a prefix {@code h}, a bound
     * morpheme {@code ng ag vg Rg}, an unknown {@code x}, a classifier {@code q} with no number before it, a verb right
     * after a preposition, whose object it would have to be). A lone prefix character joins the name whatever precedes
     * it. Pieces that are function words (在, 和, 该), numbers, pronouns, adverbs are never taken. Returns the new start,
     * or {@code a}.
     */
    static int namePiecesBefore(Sentence s, int a) {
        int last = a > 0 ? s.tokenAt(a - 1) : -1;
        if (last < 0 || s.toks.get(last).end() != a) return a;
        int first = last + 1;
        // one-character pieces the span itself starts with (瀚|川/j|新/a|材料…): the same cut name
        int inside = 0;
        for (int i = last + 1; i < s.toks.size() && s.toks.get(i).word().length() == 1 && isCjk(s.toks.get(i).word().charAt(0)); i++) inside++;
        for (int i = last; i >= 0 && last - i < 3; i--) {
            Token t = s.toks.get(i);
            String p = t.pos();
            if (t.word().length() != 1 || !isCjk(t.word().charAt(0)) || notNameStart(t.word().charAt(0))
                    || t.end() != (i == last ? a : s.toks.get(i + 1).offset()) || p.startsWith("m") || p.startsWith("r")
                    || p.startsWith("d") || p.startsWith("c") || p.startsWith("u") || p.startsWith("w")) break;
            // a preposition (由|市文化局) only before a piece that cannot stand alone (比/p|特/h)
            Token next = s.toks.get(i + 1);
            if (p.startsWith("p") && (next.word().length() != 1 || !BOUND_PIECES.contains(next.pos()))) break;
            // two pieces that make a dictionary word are that word (做/v|好/a|国务院)
            if ((i < last || inside > 0) && CoreDictionary.contains(t.word() + s.toks.get(i + 1).word())) break;
            first = i;
        }
        for (int f = first; f <= last; f++) {
            Token t = s.toks.get(f);
            Token before = f == 0 ? null : s.toks.get(f - 1);
            boolean boundary = before == null || phraseBoundary(before) || before.end() != t.offset();
            if (!boundary) continue;
            String p = t.pos();
            if (last - f + inside >= 1 || BOUND_PIECES.contains(p) || p.startsWith("q")
                    || p.equals("v") && before != null && before.pos().startsWith("p")) return t.offset();
        }
        Token t = s.toks.get(last);
        return first <= last && t.pos().equals("h") ? t.offset() : a;
    }

    /** Units and classifiers a number leaves behind when the segmenter cuts after the digit (30亿|元). */
    static final String UNIT_CHARS = "元个家座所项亿万千百吨米台辆件条批户位次";

    static boolean numeralBefore(Sentence s, int a) {
        if (a == 0) return false;
        char c = s.text.charAt(a - 1);
        if (isDigit(c) || "零一二三四五六七八九十百千万亿两".indexOf(c) >= 0) return true;
        int ti = s.tokenAt(a - 1);
        return ti >= 0 && s.toks.get(ti).pos().startsWith("m");
    }

    /**
     * The word right before the span is a number, a classifier or a verb (7个|制造基地, 新建|智能工厂), or a piece left
     * over from a number (30亿|元建设|…基地): the span is more likely a description than a name.
     */
    static boolean precededByCount(Sentence s, int a) {
        if (a == 0) return false;
        int ti = s.tokenAt(a - 1);
        if (ti < 0 || s.toks.get(ti).end() != a) return false;
        Token t = s.toks.get(ti);
        String p = t.pos();
        return p.startsWith("m") || p.startsWith("q") || BUILD_VERBS.contains(t.word()) || isCounted(s, a);
    }

    /** Verbs of building something new: what follows them is a plant or a base, rarely a name (新建|智能工厂). */
    static final Set<String> BUILD_VERBS = Set.of("新建", "建设", "建成", "新增", "打造", "筹建", "兴建", "扩建", "投建",
            "改建", "在建", "续建", "共建", "建", "培育", "布局");

    /** After a number, a classifier or a unit residue (30亿|元建设|…, 9个|…): a counted thing must start with a place. */
    static boolean isCounted(Sentence s, int a) {
        if (a == 0) return false;
        int ti = s.tokenAt(a - 1);
        if (ti < 0 || s.toks.get(ti).end() != a) return false;
        Token t = s.toks.get(ti);
        if (t.pos().startsWith("m") || t.pos().startsWith("q")) return true;
        return UNIT_CHARS.indexOf(t.word().charAt(0)) >= 0 && numeralBefore(s, t.offset());
    }

    /** The span holds a bracketed place ({@code (南通)}, {@code （徐州）}) after some name: the qualifier of a company's branch. */
    static boolean bracketedPlace(String span) {
        for (int i = 1; i < span.length(); i++) {
            char c = span.charAt(i);
            if (c != '(' && c != '（') continue;
            int close = span.indexOf(c == '(' ? ')' : '）', i + 1);
            if (close < 0) return false;
            String inside = span.substring(i + 1, close);
            if (inside.length() >= 2 && (Lexicon.get().isPlace(inside) || placeWord(inside))) return true;
        }
        return false;
    }

    /** Words that never belong to an organisation name on its left edge (datelines, determiners). */
    static final Set<String> ORG_STOP_WORDS = Set.of("本报讯", "本报", "讯", "报讯", "电", "日电", "日讯", "该", "整个", "这个", "那个",
            "一些", "各", "每", "原为", "继", "经", "首家", "一家", "两家", "多家", "数家", "全体");

    /** Common words that end like an organisation but are none (当局, 全部, 到处 …). */
    static final Set<String> NOT_ORG_WORDS = Set.of("当局", "格局", "布局", "结局", "大局", "全局", "时局", "政局", "骗局",
            "开局", "残局", "出局", "棋局", "全部", "内部", "外部", "局部", "干部", "南部", "北部", "东部", "西部", "中部", "上部",
            "下部", "头部", "胸部", "腹部", "底部", "顶部", "基层", "场所", "处所", "住所", "厕所", "好处", "坏处", "到处", "各处",
            "深处", "长处", "短处", "远处", "近处", "益处", "用处", "此处", "何处", "住处", "出处", "难处", "部队", "军队", "球队",
            "团队", "排队", "车队", "网站", "车站", "举办", "创办", "主办", "承办", "开办", "兴办", "督办", "查办", "包办", "代办",
            "置办", "市中心");

    static boolean isOrgHead(Token t) {
        String w = t.word(), pos = t.pos();
        if (pos.startsWith("v") || pos.equals("w") || pos.equals("nnt") || NOT_ORG_WORDS.contains(w)) return false;
        String suf = Lexicon.get().orgSuffixOf(w);
        if (suf == null) return false;
        if (suf.length() >= 2) return true;
        return pos.equals("nis") || pos.startsWith("nt") || pos.equals("ni") || w.length() == 1;
    }

    /**
     * One word of HanLP's made of a province/city/county prefix, an abbreviated name and a government body's suffix
     * (市住建局, 县民政局, 区教育局): People's Daily 1998 has no such abbreviations, so the model misses them.
     */
    static boolean adminBody(String w, String suffix) {
        return w.length() >= 4 && w.length() <= 8 && "省市县区镇".indexOf(w.charAt(0)) >= 0 && GOVERNMENT_BODIES.contains(suffix)
                && allCjk(w) && !CoreDictionary.contains(w);
    }

    /** 省发改委, 市科技局: a province/city prefix before an institution word. */
    static boolean adminPrefix(List<Token> toks, int j, int head) {
        String w = toks.get(j).word();
        Token h = toks.get(head);
        if (!(w.equals("省") || w.equals("市") || w.equals("县") || w.equals("区") || w.equals("镇"))) return false;
        if (head - j == 1) return h.pos().equals("nis") && h.word().length() >= 2;
        // 市防汛抗旱指挥部: a government body named by its task
        String suf = Lexicon.get().orgSuffixOf(h.word());
        return suf != null && GOVERNMENT_BODIES.contains(suf);
    }

    static final Set<String> GOVERNMENT_BODIES = Set.of("指挥部", "委员会", "领导小组", "办公室", "管委会", "工委", "党委",
            "党组", "纪委", "监委", "局", "厅", "委", "总局", "中心");

    static boolean governmentBody(String head) {
        return head.endsWith("局") || head.endsWith("厅") || head.endsWith("委") || head.endsWith("委员会")
                || head.endsWith("部") || head.endsWith("办公室");
    }

    /** A field in a government body's name (文化, 广电, 住房, 城乡建设, 新吴区工业): a noun of two or more characters. */
    static boolean fieldWord(Token t) {
        String p = t.pos();
        return t.word().length() >= 2 && (p.startsWith("n") && !p.equals("nr") && !p.equals("nnt") || p.equals("j") || p.equals("vn"));
    }
}
