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

/** The shape of a person's name: where it ends, whether it can be one, how a cut one is completed. */
final class Names {
    private Names() {}

    /** Characters that end words, never Chinese given names: 关键期, 原创性, 连线各, 他们. */
    static final String NON_NAME_TAIL = "各期性们率者这那此该每其等";

    /** Function words no two-character name ends in: HanLP glued a surname-like character to them (时说, 何也, 路的, 文则). */
    static final String FUNCTION_TAIL = "说也仍的了是在和就都还又则把被从向对";

    static boolean functionTail(String name) {
        return name.length() == 2 && FUNCTION_TAIL.indexOf(name.charAt(1)) >= 0;
    }

    /** A "name" that is an ordinary word plus a noun or function suffix (关键期, 连线各). */
    static boolean wordShaped(String name) {
        return name.length() >= 2 && NON_NAME_TAIL.indexOf(name.charAt(name.length() - 1)) >= 0;
    }

    /**
     * For a person token that looks cut short ({@code 许昆}+{@code 林}, {@code 许昆}+{@code 林在}), returns the
     * offsets of the completed three-character name, else null.
     */
    static int[] completeName(Sentence s, int i) {
        Token t = s.toks.get(i);
        if (t.word().length() != 2 || !allCjk(t.word()) || !Lexicon.get().isSurname(t.word().substring(0, 1))) return null;
        if (i + 1 >= s.toks.size()) return null;
        Token n = s.toks.get(i + 1);
        if (n.offset() != t.end() || !isCjk(n.word().charAt(0))) return null;
        char c = n.word().charAt(0);
        if (FUNCTION_CHARS.indexOf(c) >= 0) return null;
        if (n.word().length() == 1) {
            String np = n.pos();
            boolean namePiece = np.equals("ng") || np.startsWith("nr") || np.equals("x") || np.equals("b") || np.equals("nz")
                    || np.equals("ag") || np.equals("a") || np.equals("n") || np.equals("j") || np.equals("Rg") || np.equals("vf");
            if (!namePiece) return null;
            // the piece must be followed by a boundary that ends a name: punctuation, a verb, a function word
            if (i + 2 < s.toks.size()) {
                Token nn = s.toks.get(i + 2);
                boolean boundary = nn.pos().equals("w") || FUNCTION_CHARS.indexOf(nn.word().charAt(0)) >= 0
                        || (isFunctionPos(nn.pos()) && !nn.pos().equals("f") && (nn.word().length() >= 2 || np.startsWith("n")));
                if (!boundary) return null;
                if (!nn.pos().equals("w") && (np.equals("vf") || np.equals("a"))) return null;
            }
            return new int[]{t.offset(), n.end()};
        }
        if (n.word().length() == 2 && n.pos().startsWith("nr") && FUNCTION_CHARS.indexOf(n.word().charAt(1)) >= 0) {
            return new int[]{t.offset(), n.offset() + 1};
        }
        // 刘泳|玉等浙江/ns: HanLP glued the name's last character, a function word and what follows into an invented word
        if (n.word().length() >= 3 && "等和与在说是".indexOf(n.word().charAt(1)) >= 0 && gluedNameToken(n)) {
            return new int[]{t.offset(), n.offset() + 1};
        }
        return null;
    }

    /** A token HanLP's role tagging invented (王明为市民族乐团/nt): a name may end inside it. */
    static boolean gluedNameToken(Token t) {
        String p = t.pos();
        return p.startsWith("nr") || (p.startsWith("nt") || p.equals("ns") || p.equals("nz")) && t.word().length() >= 4
                && !CoreDictionary.contains(t.word());
    }

    /** A name may end inside a token when HanLP glued it to the next function character ({@code 林在}). */
    static boolean looseNameEnd(Sentence s, int end) {
        if (end >= s.text.length()) return true;
        int ti = s.tokenAt(end);
        if (ti < 0) return true;
        Token t = s.toks.get(ti);
        return t.pos().startsWith("nr") && FUNCTION_CHARS.indexOf(s.text.charAt(end)) >= 0;
    }

    /** Name right at char offset p (after a title or a 、): returns end offset, or -1. */
    static int nameAt(Sentence s, int p, Set<String> exclusions) {
        String text = s.text;
        Lexicon lx = Lexicon.get();
        int ti = s.tokenStartingAt(p);
        if (ti < 0) return -1;
        Token t = s.toks.get(ti);
        // transliterated names: trust HanLP's token
        if (t.pos().startsWith("nrf")) return personOk(s, p, t.end(), ti, ti + 1, true, exclusions) ? t.end() : -1;
        if (!isCjk(text.charAt(p)) || isFunctionPos(t.pos()) && !t.pos().startsWith("nr")) return -1;
        if (FUNCTION_CHARS.indexOf(text.charAt(p)) >= 0 && !t.pos().startsWith("nr")) return -1;
        // 1. HanLP's own person token with a clean right edge
        if (t.pos().startsWith("nr") && t.word().length() >= 2 && t.word().length() <= 4) {
            int[] fixed = completeName(s, ti);
            if (fixed != null) return validName(text.substring(p, fixed[1]), exclusions) ? fixed[1] : -1;
            return validName(t.word(), exclusions) ? t.end() : -1;
        }
        // 2. char lengths 3, 2, 4 ending on a token edge (or glued to a function char inside a name-ish token)
        for (int len : new int[]{3, 2, 4}) {
            int e = p + len;
            if (e > text.length()) continue;
            String name = text.substring(p, e);
            if (!validName(name, exclusions)) continue;
            if (len == 4 && !lx.isCompoundSurname(name.substring(0, 2))) continue;
            if (name.chars().skip(1).anyMatch(ch -> FUNCTION_CHARS.indexOf(ch) >= 0)) continue;
            boolean edge = s.starts.get(e) || e == text.length();
            if (!edge) {
                int ei = s.tokenAt(e);
                edge = ei >= 0 && gluedNameToken(s.toks.get(ei)) && FUNCTION_CHARS.indexOf(text.charAt(e)) >= 0;
            }
            if (!edge) continue;
            // the name must not swallow a normal word: every token inside must be short or name-ish
            boolean ok = true;
            for (int k = ti; k < s.toks.size() && s.toks.get(k).offset() < e; k++) {
                Token x = s.toks.get(k);
                if (x.word().length() >= 2 && !x.pos().startsWith("nr") && !x.pos().equals("ng")
                        && !x.pos().equals("nz") && !x.pos().equals("j") && !x.pos().equals("x")
                        && !(gluedNameToken(x) && x.end() > e)) { ok = false; break; }
            }
            if (ok) return e;
        }
        return -1;
    }

    static boolean validName(String name, Set<String> exclusions) {
        Lexicon lx = Lexicon.get();
        if (name.endsWith("先生") || name.endsWith("女士") || name.endsWith("同志") || name.endsWith("小姐")) return false;
        return name.length() >= 2 && name.length() <= 4 && allCjk(name) && lx.startsWithSurname(name)
                && !lx.isNotPerson(name) && !lx.isTitle(name) && !lx.isPlace(name) && !exclusions.contains(name);
    }

    static boolean personOk(Sentence s, int a, int b, int fromTok, int toTok, boolean strictNames, Set<String> exclusions) {
        String name = s.text.substring(a, b);
        Lexicon lx = Lexicon.get();
        if (lx.isNotPerson(name) || exclusions.contains(name)) return false;
        boolean foreign = name.indexOf('·') >= 0 || name.indexOf('•') >= 0;
        for (int i = fromTok; i < toTok && i < s.toks.size(); i++) if (s.toks.get(i).pos().startsWith("nrf")) foreign = true;
        if (foreign) return name.length() >= 2 && name.length() <= 15;
        if (wordShaped(name) || functionTail(name)) return false;
        if (!strictNames) return true;
        if (name.length() < 2 || name.length() > 4 || !allCjk(name)) return false;
        if (!lx.startsWithSurname(name)) return false;
        if (name.length() == 4 && !lx.isCompoundSurname(name.substring(0, 2)) && !lx.isSurname(name.substring(1, 2))) return false;
        return true;
    }
}
