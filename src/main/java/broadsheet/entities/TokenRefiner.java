package broadsheet.entities;

import broadsheet.nlp.Token;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Undoes a frequent mistake of HanLP's role tagging: an out-of-vocabulary person/place/organisation token
 * that swallowed a neighbouring function word ({@code 同联合国/nt}, {@code 向华北/ns}, {@code 代表中共中央/nt},
 * {@code 记者陈陆军/nt}, {@code 珊瑚公园内/nt}, {@code 郭家和/nr}). Such a token is split into the function
 * word (tagged from HanLP's core dictionary) and the rest (keeping HanLP's tag). Dictionary words are never
 * split. Pure function of the tokens: the NER model is trained on the same refined tokens.
 */
public final class TokenRefiner {
    private TokenRefiner() {}

    private static final Set<String> LEADING_ONE = Set.of("同", "向", "在", "与", "和", "对", "从", "将", "把", "被", "给", "为", "由",
            "于", "据", "经", "新", "原", "驻", "赴", "到", "及", "是", "但", "而", "又", "也", "都", "让", "使", "令", "叫", "前", "后", "该");

    private static final Set<String> TRAILING = Set.of("内", "外", "上", "下", "中", "里", "和", "与", "在", "等", "的", "说", "及", "是", "也", "都");

    /** Only {@link #splitAtPunctuation(Token)} over a sentence (the part of the refinement that never costs recall). */
    public static List<Token> splitPunctuation(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            List<Token> split = splitAtPunctuation(tokens.get(i));
            if (split != null && out == null) out = new ArrayList<>(tokens.subList(0, i));
            if (out != null) {
                if (split != null) out.addAll(split);
                else out.add(tokens.get(i));
            }
        }
        return out == null ? tokens : out;
    }

    public static List<Token> refine(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            List<Token> split = splitAtPunctuation(t);
            if (split == null) split = split(t);
            if (split != null && out == null) out = new ArrayList<>(tokens.subList(0, i));
            if (out != null) {
                if (split != null) out.addAll(split);
                else out.add(t);
            }
        }
        return out == null ? tokens : out;
    }

    /** Sentence punctuation a word never contains (ASCII too: some papers type a half-width comma in Chinese text). */
    private static final String PUNCT = ",;:!?，；：、。！？";

    /**
     * HanLP's name recognisers glue words across a half-width comma ({@code 董事长田源,万科集团/ntc}): such a token
     * is split at the punctuation (not a number such as {@code 1,200}). Each piece is tagged from the core
     * dictionary, else keeps HanLP's tag when it is an organisation ending in a suffix, else a name-like piece
     * becomes {@code nr} (surname + one to three characters) or {@code nz}.
     */
    static List<Token> splitAtPunctuation(Token t) {
        String w = t.word();
        if (w.length() < 2 || t.pos().equals("w")) return null;
        int k = -1;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (PUNCT.indexOf(c) < 0) continue;
            boolean numeric = i > 0 && i + 1 < w.length() && Character.isDigit(w.charAt(i - 1)) && Character.isDigit(w.charAt(i + 1));
            if (!numeric) { k = i; break; }
        }
        if (k < 0) return null;
        List<Token> out = new ArrayList<>(3);
        if (k > 0) out.add(new Token(w.substring(0, k), pieceTag(w.substring(0, k), t.pos()), t.offset()));
        out.add(new Token(w.substring(k, k + 1), "w", t.offset() + k));
        if (k + 1 < w.length()) {
            Token rest = new Token(w.substring(k + 1), pieceTag(w.substring(k + 1), t.pos()), t.offset() + k + 1);
            List<Token> more = splitAtPunctuation(rest);
            if (more != null) out.addAll(more);
            else out.add(rest);
        }
        return out;
    }

    private static String pieceTag(String piece, String pos) {
        CoreDictionary.Attribute a = CoreDictionary.get(piece);
        if (a != null && a.nature.length > 0) return a.nature[0].toString();
        if (pos.startsWith("nt") && Lexicon.get().orgSuffixOf(piece) != null) return pos;
        if (piece.length() >= 2 && piece.length() <= 4 && Lexicon.get().startsWithSurname(piece)
                && piece.chars().allMatch(c -> c >= 0x4e00 && c <= 0x9fff)) return "nr";
        return "nz";
    }

    private static boolean candidate(Token t) {
        String p = t.pos();
        return (p.equals("nr") || p.equals("ns") || p.equals("nt") || p.equals("nz") || p.startsWith("nt"))
                && t.word().length() >= 3 && !CoreDictionary.contains(t.word());
    }

    private static String functionTag(String w) {
        CoreDictionary.Attribute a = CoreDictionary.get(w);
        if (a == null || a.nature.length == 0) return null;
        Nature n = a.nature[0];
        String s = n.toString();
        if (s.startsWith("p") || s.startsWith("v") || s.startsWith("c") || s.startsWith("d") || s.startsWith("f")
                || s.startsWith("r") || s.startsWith("u") || s.equals("nnt") || s.equals("a") || s.equals("b") || s.startsWith("q")
                || s.startsWith("m") || s.startsWith("t")) return s;
        return null;
    }

    private static List<Token> split(Token t) {
        if (!candidate(t)) return null;
        String w = t.word();
        String pos = t.pos();
        boolean person = pos.equals("nr");
        // leading function word: two characters first (代表, 记者), then one (同, 向, 新, 原)
        for (int len = 2; len >= 1; len--) {
            if (w.length() - len < 2) continue;
            if (person && (len == 1 || w.length() - len > 4)) continue; // 向华强 stays a name
            String head = w.substring(0, len);
            if (len == 1 && !LEADING_ONE.contains(head)) continue;
            String tag = functionTag(head);
            if (tag == null) continue;
            if (len == 1 && Lexicon.get().isSurname(head) && !pos.startsWith("nt") && !pos.equals("ns")) continue;
            String rest = w.substring(len);
            List<Token> out = new ArrayList<>(3);
            out.add(new Token(head, tag, t.offset()));
            Token r = new Token(rest, tagOfRest(rest, pos), t.offset() + len);
            List<Token> more = splitTrailing(r);
            if (more != null) out.addAll(more);
            else out.add(r);
            return out;
        }
        return splitTrailing(t);
    }

    private static List<Token> splitTrailing(Token t) {
        String w = t.word();
        if (w.length() < 3) return null;
        String tail = w.substring(w.length() - 1);
        if (!TRAILING.contains(tail)) return null;
        String tag = functionTag(tail);
        if (tag == null) return null;
        String rest = w.substring(0, w.length() - 1);
        return List.of(new Token(rest, tagOfRest(rest, t.pos()), t.offset()), new Token(tail, tag, t.offset() + rest.length()));
    }

    /** The remainder keeps HanLP's tag, unless it is itself a dictionary word. */
    private static String tagOfRest(String rest, String pos) {
        CoreDictionary.Attribute a = CoreDictionary.get(rest);
        if (a != null && a.nature.length > 0) return a.nature[0].toString();
        return pos;
    }
}
