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

/** Character and part-of-speech tests the rules share. */
final class Chars {
    private Chars() {}

    static boolean isCjk(char ch) { return ch >= '\u4e00' && ch <= '\u9fff'; }

    static boolean allCjk(String s) {
        for (int i = 0; i < s.length(); i++) if (!isCjk(s.charAt(i))) return false;
        return true;
    }

    static boolean isDigit(char ch) { return ch >= '0' && ch <= '9' || ch >= '０' && ch <= '９'; }

    /** Characters that start a function word right after a name (在, 说, 等 …). */
    static final String FUNCTION_CHARS = "在说等和与是也都就到对为把被给从向将已的了率及于称曾又还均再所来去会要并"
            + "、，。；：！？,.;:!?（）()“”\"'《》 ";

    static boolean isFunctionPos(String pos) {
        if (pos.isEmpty()) return true;
        char c = pos.charAt(0);
        return c == 'v' || c == 'p' || c == 'c' || c == 'u' || c == 'd' || c == 'r' || c == 'f' || c == 'm'
                || c == 'q' || c == 'w' || c == 'y' || c == 'e' || c == 'o' || c == 't' || pos.equals("nnt");
    }

    /** Characters that are words of their own right before a name, never its first character (在|宏微…, 该|公司). */
    static boolean notNameStart(char c) {
        return FUNCTION_CHARS.indexOf(c) >= 0 || "继该各每其这那此".indexOf(c) >= 0;
    }

    /** The word ends in a verb such as 发展, 合作, 建设: a description, not a name. */
    static boolean verbTail(String w) {
        CoreDictionary.Attribute a = CoreDictionary.get(w.substring(w.length() - 2));
        if (a == null) return false;
        for (Nature n : a.nature) if (n != null && n.toString().startsWith("n")) return false;
        return a.nature.length > 0 && a.nature[0].toString().startsWith("v");
    }

    static boolean isProperPos(String p) {
        return p.startsWith("ns") || p.startsWith("nr") || p.startsWith("nt") || p.equals("nz") || p.equals("nx") || p.equals("j");
    }

    /** A dictionary word HanLP tags as a place ({@code ns}). */
    static boolean placeWord(String w) {
        CoreDictionary.Attribute at = CoreDictionary.get(w);
        if (at != null) for (Nature nn : at.nature) if (nn != null && nn.toString().startsWith("ns")) return true;
        return false;
    }

    static boolean placePrefix(String name) {
        Lexicon lx = Lexicon.get();
        for (int n = Math.min(name.length() - 1, 4); n >= 2; n--) {
            String p = name.substring(0, n);
            if (lx.isPlace(p)) return true;
            CoreDictionary.Attribute at = CoreDictionary.get(p);
            if (at != null) for (Nature nn : at.nature) if (nn != null && nn.toString().startsWith("ns")) return true;
        }
        return false;
    }

    /** The span {@code [a, b)} holds a closing bracket before any opening one. */
    static boolean unmatchedClose(String text, int a, int b) {
        return bracketDepth(text, a, b) < 0;
    }

    /** The span {@code [a, b)} opens or closes a bracket it does not close or open (建材（集团, 宿迁)有限公司). */
    static boolean unbalanced(String text, int a, int b) {
        return bracketDepth(text, a, b) != 0;
    }

    /** Brackets left open at the end of {@code [a, b)}, or -1 as soon as one closes that was not opened. */
    static int bracketDepth(String text, int a, int b) {
        int depth = 0;
        for (int i = a; i < b; i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '（') depth++;
            else if (c == ')' || c == '）') { if (depth == 0) return -1; depth--; }
        }
        return depth;
    }

    /** Full-width ASCII to half-width, ideographic space to space, trimmed. */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') c = (char) (c - 0xFEE0);
            else if (c == '\u3000') c = ' ';
            b.append(c);
        }
        return b.toString().strip();
    }
}
