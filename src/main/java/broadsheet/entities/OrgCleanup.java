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

/** Filter: organisations trimmed of glued function words, datelines, unit residues and building verbs, split at A和B, dropped when generic or unbalanced. */
final class OrgCleanup implements EntityRule.PerSentence {
    static final String NAME = "org-cleanup";

    @Override public String name() { return NAME; }

    @Override public Kind kind() { return Kind.FILTER; }

    @Override
    public void apply(Document doc, Sentence s) { s.cands = cleanOrganisations(s, s.cands); }

    /**
     * HanLP's organisation recogniser glues function words into its tokens (和自治区党委, 协会和市乒乓球协会):
     * trim a leading function character and split "A和B" when both halves end in an organisation suffix.
     */
    static List<Candidate> cleanOrganisations(Sentence s, List<Candidate> c) {
        List<Candidate> out = new ArrayList<>(c.size());
        Lexicon lx = Lexicon.get();
        for (Candidate x : c) {
            if (x.type != EntityType.ORGANIZATION || x.prio >= P_TITLE) { out.add(x); continue; }
            int a = x.start, b = x.end;
            while (b - a > 2) {
                char ch = s.text.charAt(a);
                if ("和与及、在的继".indexOf(ch) >= 0) { a++; continue; }
                if (ch == '讯' && a >= 2 && s.text.startsWith("本报", a - 2)) { a++; continue; } // 本报|讯湛江海关
                if (ch == '（' || ch == '(') { // （中央人民广播电台: a bracket the span does not close
                    int close = s.text.indexOf(ch == '（' ? '）' : ')', a);
                    if (close < 0 || close >= b) { a++; continue; }
                }
                break;
            }
            // 宿迁)有限公司, 建材（集团: begun or ended inside a bracket (the suffix rule builds the whole name)
            if (unbalanced(s.text, a, b)) continue;
            // 比/p|特/h|朗宜兴公司, 天/q|源储能…公司: one-character pieces before the span are the name's first characters
            int pieces = a == x.start ? namePiecesBefore(s, a) : a;
            // 30亿|元建设…基地, 新建|智能工厂, 7个|制造基地: a unit left over from a number or a verb starts the span, or a
            // number counts it; what is left must then name something (a place, a word no dictionary knows)
            boolean generic = pieces == a && precededByCount(s, x.start);
            a = pieces;
            if (b - a > 2 && UNIT_CHARS.indexOf(s.text.charAt(a)) >= 0 && numeralBefore(s, a)) { a++; generic = true; }
            int ti = a < x.start ? -1 : s.tokenStartingAt(a);
            if (ti >= 0 && s.toks.get(ti).end() < b && (BUILD_VERBS.contains(s.toks.get(ti).word()) || s.toks.get(ti).pos().equals("v")
                    && !ORG_VERBS.contains(s.toks.get(ti).word()))) { a = s.toks.get(ti).end(); generic = true; }
            if (generic) {
                String name = s.text.substring(a, b), suf = lx.orgSuffixOf(name);
                if (!namedPrefix(suf == null ? name : name.substring(0, name.length() - suf.length()))) continue;
                if (isCounted(s, x.start) && !placePrefix(name)) continue;
            }
            String t = s.text.substring(a, b);
            boolean split = false;
            for (int k = 2; k < t.length() - 2; k++) {
                if ("和与及、".indexOf(t.charAt(k)) >= 0 && lx.orgSuffixOf(t.substring(0, k)) != null
                        && lx.orgSuffixOf(t) != null) {
                    out.add(new Candidate(a, a + k, x.type, x.method, x.prio, x.strong));
                    out.add(new Candidate(a + k + 1, b, x.type, x.method, x.prio, x.strong));
                    split = true;
                    break;
                }
            }
            if (!split) out.add(a == x.start ? x : new Candidate(a, b, x.type, x.method, x.prio, x.strong));
        }
        return out;
    }
}
