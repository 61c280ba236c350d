package broadsheet.entities;

import broadsheet.nlp.Token;
import com.hankcs.hanlp.dictionary.CoreDictionary;

import java.util.Set;

/**
 * Candidates: the firm before a corporate title in a roll of guests, where the firm has no suffix HanLP or the suffix
 * rule know ({@code ,星澜网总经理周敏}, {@code 、澄川资本合伙人、}, {@code ,ABCD湖光科技总裁李海涛}).
 * The words between a punctuation mark (or the sentence start) and the title are the firm's name when the title is
 * followed by a name, 、 or 兼, the words are name material (no pronoun, adverb, number, preposition of two or more
 * characters; no verb first), and something in them is a name (letters, an unknown word, a run of one-character pieces,
 * a person's or other proper name) rather than common words alone (公司董事长).
 */
final class OrgBeforeTitle implements EntityRule.PerSentence {
    static final String NAME = "org-before-title";

    @Override public String name() { return NAME; }

    @Override public Kind kind() { return Kind.CANDIDATES; }

    static final Set<String> CORPORATE_TITLES = Set.of("创始人", "合伙人", "董事长", "副董事长", "总裁", "副总裁", "CEO", "首席执行官",
            "总经理", "副总经理", "执行董事", "理事长", "董事");

    /** Words that start a title glued before it (创始|合伙人, 联合|创始人, 首席|执行官). */
    static final Set<String> TITLE_HEADS = Set.of("创始", "联合", "首席", "执行", "名誉", "常务");

    @Override
    public void apply(Document doc, Sentence s) {
        for (int i = 1; i < s.toks.size(); i++) {
            Token t = s.toks.get(i);
            if (!CORPORATE_TITLES.contains(t.word()) || !followedByHolder(s, i)) continue;
            int end = i;
            while (end > 0 && TITLE_HEADS.contains(s.toks.get(end - 1).word())) end--;
            int start = end;
            while (start > 0 && !s.toks.get(start - 1).pos().equals("w") && end - start < 8) start--;
            if (start == end || start > 0 && !s.toks.get(start - 1).pos().equals("w")) continue;
            int a = s.toks.get(start).offset(), b = s.toks.get(end - 1).end();
            if (b - a < 2 || b - a > 12 || !nameMaterial(s, start, end)) continue;
            boolean taken = false;
            for (Candidate c : s.cands) if (c.start < b && a < c.end && c.type != EntityType.PERSON) { taken = true; break; }
            if (taken) continue;
            s.cands.removeIf(c -> c.type == EntityType.PERSON && c.prio < Candidate.P_TITLE && c.start >= a && c.end <= b);
            s.cands.add(new Candidate(a, b, EntityType.ORGANIZATION, EntityMention.Methods.ORG_BEFORE_TITLE, Candidate.P_ORG, false));
        }
    }

    /** Characters that are words of their own between a clause's start and a title (这是一支由学校董事), never a firm's. */
    static final String STOP_PIECES = "这那是由在的了和与及被把给对从向为一我你他她它其该各每本此";

    /** The title is held by someone named right after it, or is one of a 、/兼-list of titles. */
    private static boolean followedByHolder(Sentence s, int i) {
        int e = s.toks.get(i).end();
        if (e >= s.text.length()) return false;
        char c = s.text.charAt(e);
        // 学校董事、教师: 董事 in a list is a kind of people, not a firm's title
        if ((c == '、' || c == '兼') && !s.toks.get(i).word().equals("董事")) return true;
        for (Candidate x : s.cands) if (x.type == EntityType.PERSON && x.start == e) return true;
        return false;
    }

    private static boolean nameMaterial(Sentence s, int start, int end) {
        boolean named = false, allPersons = true;
        int run = 0;
        for (int k = start; k < end; k++) {
            Token t = s.toks.get(k);
            String p = t.pos(), w = t.word();
            if (s.titleTokens.get(k) || Lexicon.get().isTitle(w)) return false;
            if (w.length() >= 2 && (p.startsWith("p") || p.startsWith("c") || p.startsWith("u") || p.startsWith("r")
                    || p.startsWith("d") || p.startsWith("m") || p.startsWith("q") || p.startsWith("t") || p.startsWith("f"))) return false;
            if (w.length() == 1 && STOP_PIECES.indexOf(w.charAt(0)) >= 0) return false;
            if (k == start && (p.startsWith("v") || Chars.notNameStart(w.charAt(0)) && w.length() == 1 && end - start < 3)) return false;
            if (!p.startsWith("nr")) allPersons = false;
            run = w.length() == 1 && Chars.isCjk(w.charAt(0)) ? run + 1 : 0;
            if (run >= 2 || p.equals("nx") || p.startsWith("nr") || p.equals("nz") || p.equals("x") || p.equals("j")
                    || w.length() >= 2 && Chars.allCjk(w) && !CoreDictionary.contains(w)) named = true;
        }
        return named && !allPersons;
    }
}
