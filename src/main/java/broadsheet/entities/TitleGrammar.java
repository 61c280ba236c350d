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

/** Candidates: a name after a job title (省长许昆林, 市委书记杜小刚, 董事+长田源) and the 、-list after it (市领导周明远、陈立群); 记者 gives role reporter; 江主席: a lone surname before a head title. */
final class TitleGrammar implements EntityRule.PerSentence {
    static final String NAME = "title-grammar";

    @Override public String name() { return NAME; }

    @Override public Kind kind() { return Kind.CANDIDATES; }

    @Override
    public void apply(Document doc, Sentence s) { titleCandidates(s, s.cands, doc.exclusions); }

    static final Set<String> REPORTER_TITLES = Set.of("记者", "通讯员", "本报记者", "特约记者", "实习生", "摄影记者");

    /** Title grammar: 省长许昆林, 市委书记杜小刚, 市领导周明远、陈立群、李海涛, 董事+长田源. */
    static void titleCandidates(Sentence s, List<Candidate> out, Set<String> exclusions) {
        Lexicon lx = Lexicon.get();
        List<Token> toks = s.toks;
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            String title = null;
            int nameStart = -1;
            boolean glued = false;
            if (t.pos().equals("nnt") || lx.isTitle(t.word()) || endsWithTitle(t.word())) {
                title = t.word();
                nameStart = t.end();
            } else if (i + 1 < toks.size() && lx.isTitle(t.word() + toks.get(i + 1).word())) {
                title = t.word() + toks.get(i + 1).word();
                nameStart = toks.get(i + 1).end();
                s.titleTokens.set(i);
                i++;
            }
            if (title == null) {
                surnameBeforeTitle(s, i, out);
                continue;
            }
            if (t.pos().startsWith("nr") && surnameBeforeTitle(s, i, out)) continue; // 江主席/nr
            s.titleTokens.set(i);
            if (nameStart >= s.text.length()) continue;
            String role = REPORTER_TITLES.contains(title) || title.endsWith("记者") ? EntityMention.ROLE_REPORTER : EntityMention.ROLE_MENTION;
            int p = nameStart;
            // HanLP glued the last character of the title to the name: 董事/nnt 长田源/nr
            if (i + 1 < toks.size()) {
                Token n = toks.get(i + 1);
                // (or 长田源/nz: a piece of a token split at a half-width comma, which no dictionary knows)
                boolean nameish = n.pos().startsWith("nr") || n.pos().equals("nz") && !CoreDictionary.contains(n.word());
                if (n.offset() == p && nameish && n.word().length() >= 3 && n.word().length() <= 4
                        && lx.isTitle(title + n.word().charAt(0)) && validName(n.word().substring(1), exclusions)) {
                    p = p + 1;
                    glued = true;
                }
            }
            int e = glued ? toks.get(i + 1).end() : nameAt(s, p, exclusions);
            if (e < 0 || e < s.text.length() && "·•．.".indexOf(s.text.charAt(e)) >= 0) continue;
            Candidate c = new Candidate(p, e, EntityType.PERSON, Methods.TITLE, P_TITLE, true);
            c.role = role;
            out.add(c);
            // 、-list after the title
            int q = e;
            while (q < s.text.length() && (s.text.charAt(q) == '、' || s.text.startsWith("和", q) || s.text.startsWith("及", q))
                    && q + 1 < s.text.length()) {
                int ne = nameAt(s, q + 1, exclusions);
                if (ne < 0 || ne < s.text.length() && "·•．.".indexOf(s.text.charAt(ne)) >= 0) break;
                Candidate lc = new Candidate(q + 1, ne, EntityType.PERSON, Methods.TITLE_LIST, P_TITLE, true);
                lc.role = role;
                out.add(lc);
                q = ne;
            }
        }
    }

    /** 江主席, 李总理: a lone surname right before a title names a known person (江/nr in PKU's convention). */
    static boolean surnameBeforeTitle(Sentence s, int i, List<Candidate> out) {
        Lexicon lx = Lexicon.get();
        Token t = s.toks.get(i);
        boolean leftClean = i == 0 || s.toks.get(i - 1).pos().equals("w") || isFunctionPos(s.toks.get(i - 1).pos());
        if (!leftClean) return false;
        // 3国|总统 (a count), 但|总的 (a conjunction), 阿|总统 (a country's abbreviation): no surname
        if (i > 0 && (s.toks.get(i - 1).pos().startsWith("m") || s.toks.get(i - 1).pos().startsWith("q"))) return false;
        if (!t.pos().startsWith("nr") && (isFunctionPos(t.pos()) || t.pos().equals("j"))) return false;
        String w = t.word();
        if (w.length() == 1 && lx.isSurname(w) && i + 1 < s.toks.size()) {
            Token n = s.toks.get(i + 1);
            if (n.offset() == t.end() && HEAD_TITLES.contains(n.word())) {
                out.add(new Candidate(t.offset(), t.end(), EntityType.PERSON, Methods.TITLE, P_TITLE, false));
                return true;
            }
        } else if (w.length() == 3 && t.pos().startsWith("nr") && lx.isSurname(w.substring(0, 1)) && HEAD_TITLES.contains(w.substring(1))) {
            out.add(new Candidate(t.offset(), t.offset() + 1, EntityType.PERSON, Methods.TITLE, P_TITLE, false));
            s.titleTokens.set(i); // the token as a whole (江主席) is no person
            return true;
        }
        return false;
    }

    static final Set<String> HEAD_TITLES = Set.of("主席", "总理", "副总理", "委员长", "总书记", "书记", "省长", "市长", "部长",
            "总统", "首相", "司令", "院长", "校长", "局长", "厅长", "县长", "区长", "镇长", "老师", "教授", "院士", "主任", "总");

    static boolean endsWithTitle(String w) {
        Lexicon lx = Lexicon.get();
        for (int k = 1; k < w.length(); k++) {
            String tail = w.substring(k);
            if (tail.length() >= 2 && lx.isTitle(tail)) {
                String head = w.substring(0, k);
                // 市委书记, 省委常委: a short administrative head glued to a title
                return head.length() <= 3;
            }
        }
        return false;
    }
}
