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

/** Candidates: a word ending in an organisation suffix (公司, 研究院, 指挥部 …) extended leftwards over the words of its name, bracketed qualifiers and 和 of government bodies included. */
final class OrgSuffixGrammar implements EntityRule.PerSentence {
    static final String NAME = "org-suffix";

    @Override public String name() { return NAME; }

    @Override public Kind kind() { return Kind.CANDIDATES; }

    @Override
    public void apply(Document doc, Sentence s) { orgSuffixCandidates(s, s.cands, doc.hasModel()); }

    static void orgSuffixCandidates(Sentence s, List<Candidate> out, boolean hasModel) {
        List<Token> toks = s.toks;
        Lexicon lx = Lexicon.get();
        // heads: tokens ending in an organisation suffix, and the ends of organisation candidates found so far
        List<int[]> heads = new ArrayList<>(); // [firstTokenOfCore, lastToken]
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (s.titleTokens.get(i) || t.pos().equals("nnt")) continue;
            if (isOrgHead(t)) heads.add(new int[]{i, i});
        }
        for (Candidate c : new ArrayList<>(out)) {
            if (c.type != EntityType.ORGANIZATION || lx.orgSuffixOf(s.text.substring(c.start, c.end)) == null) continue;
            int a = s.tokenStartingAt(c.start);
            int b = s.tokenAt(c.end - 1);
            if (a >= 0 && b >= 0) heads.add(new int[]{a, b, 1}); // already an organisation: no proper word needed
        }
        for (int[] h : heads) {
            int first = h[0], last = h[1];
            int j = first;
            int chars = toks.get(last).end() - toks.get(first).offset();
            boolean proper = false;
            int k = j - 1;
            // (/w 宿迁)有限公司/nt: HanLP's organisation begins inside the bracketed qualifier; the name goes on before it
            if (k >= 1 && unmatchedClose(s.text, toks.get(first).offset(), toks.get(last).end())
                    && (toks.get(k).word().equals("(") || toks.get(k).word().equals("（")) && toks.get(k).end() == toks.get(first).offset()) {
                j = k;
                k--;
            }
            while (k >= 0 && first - k <= 8 && chars < 24) {
                Token t = toks.get(k);
                if (toks.get(k).end() != toks.get(k + 1).offset()) break; // a gap (space) ends the name
                String w = t.word();
                if (w.equals(")") || w.equals("）")) {
                    int open = -1;
                    for (int m = k - 1; m >= 0 && k - m <= 5; m--) {
                        String mw = toks.get(m).word();
                        if (mw.equals("(") || mw.equals("（")) { open = m; break; }
                        if (toks.get(m).pos().equals("w")) break;
                        // 建材（集团/nt|）|有限责任公司: HanLP's word runs into the bracket; the name goes on before it
                        if (mw.length() > 1 && (mw.indexOf('(') > 0 || mw.indexOf('（') > 0)) { open = m; break; }
                    }
                    if (open < 0 || open == 0 && toks.get(0).word().length() == 1) break;
                    int len = toks.get(k).end() - toks.get(open).offset();
                    if (len > 10) break;
                    chars += len;
                    k = open - 1;
                    j = open;
                    continue;
                }
                // 文化广电|和|旅游局, 住房|和|城乡建设局, 工业|和|信息化局: a government body's name joins two fields with 和
                if (w.equals("和") && k >= 1 && governmentBody(toks.get(last).word()) && fieldWord(toks.get(k - 1))
                        && fieldWord(toks.get(k + 1))) {
                    chars += 1;
                    j = k;
                    k--;
                    continue;
                }
                if (!orgPart(s, k)) break;
                if (isProper(t)) proper = true;
                chars += w.length();
                j = k;
                k--;
            }
            // the name does not start with a bracket, a verb or a modifier (促进|上海…中心, 新|政府, 大|公司)
            while (j < first && (toks.get(j).word().equals("(") || toks.get(j).word().equals("（")
                    || badLeftEdge(toks.get(j), j > 0 ? toks.get(j - 1) : null, toks.get(j + 1)))) j++;
            if (j == first) {
                // 听取|军分区|工作…: a military or armed-forces body named alone is the city's own
                if (h.length < 3 && first == last && STANDALONE_BODIES.contains(toks.get(first).word()))
                    out.add(new Candidate(toks.get(first).offset(), toks.get(last).end(), EntityType.ORGANIZATION, Methods.ORG_SUFFIX,
                            hasModel ? P_MODEL - 5 : P_ORG, false));
                continue;
            }
            proper = false;
            for (int m = j; m < first; m++) if (isProper(toks.get(m))) { proper = true; break; }
            int a = toks.get(j).offset(), b = toks.get(last).end();
            // 远航智能装备(南通)有限公司: a place in brackets inside the name makes it a proper name
            if (!proper) proper = bracketedPlace(s.text.substring(a, b));
            // 星澜科技公司、|湖光车灯公司|、青禾电子…公司: an item of a list of organisations with the same kind of head
            if (!proper) proper = listSibling(s, out, j, last);
            // 澄川|资本, 星澜新能产业基金: 资本 and 基金 are common words; only a name before them makes a firm
            if (h.length < 3 && WEAK_SUFFIXES.contains(lx.orgSuffixOf(toks.get(last).word())) && !namedBeyondPlaces(toks, j, first)) continue;
            if (!proper && h.length < 3 && !adminPrefix(toks, j, first)) continue;
            if (unbalanced(s.text, a, b)) continue;
            // with a model, the model's own organisations win where they overlap; the rule fills gaps
            out.add(new Candidate(a, b, EntityType.ORGANIZATION, Methods.ORG_SUFFIX, hasModel ? P_MODEL - 5 : P_ORG, b - a >= 4));
        }
    }

    /** Bodies named alone in city news without their city (军分区 = the city's military subdistrict). */
    static final Set<String> STANDALONE_BODIES = Set.of("军分区", "警备区", "人武部");

    /** Suffixes that are common words (国有资本, 产业基金): the name before them must hold more than places and common words. */
    static final Set<String> WEAK_SUFFIXES = Set.of("资本", "基金");

    static boolean namedBeyondPlaces(List<Token> toks, int j, int head) {
        Token h = toks.get(head);
        // …产业基金/nt: an investment fund HanLP found whole
        if (h.pos().startsWith("nt") && trustedOrgWord(h.word())) return true;
        // 元明|资本: one or two words of a name before the bare suffix, not an organisation's capital (官僚资本, 国民党|资本)
        if (!WEAK_SUFFIXES.contains(h.word()) || head - j > 2) return false;
        for (int m = j; m < head; m++) if (toks.get(m).pos().startsWith("nt")) return false;
        for (int m = j; m < head; m++) {
            Token t = toks.get(m);
            if (isProper(t) && !t.pos().startsWith("ns") && !Lexicon.get().isPlace(t.word())) return true;
        }
        return false;
    }

    /**
     * The name {@code [j, last]} stands in a 、-list next to an organisation already found whose head has the same suffix
     * (星澜科技公司、湖光车灯公司): HanLP found the neighbour, the list makes this one a name too.
     */
    static boolean listSibling(Sentence s, List<Candidate> found, int j, int last) {
        if (last - j < 2) return false;
        String suf = Lexicon.get().orgSuffixOf(s.toks.get(last).word());
        if (suf == null || suf.length() < 2) return false;
        int a = s.toks.get(j).offset(), b = s.toks.get(last).end();
        for (Candidate c : found) {
            if (c.type != EntityType.ORGANIZATION || !suf.equals(Lexicon.get().orgSuffixOf(s.text.substring(c.start, c.end)))) continue;
            if (c.end == a - 1 && s.text.charAt(a - 1) == '、' || c.start == b + 1 && b < s.text.length() && s.text.charAt(b) == '、') return true;
        }
        return false;
    }
}
