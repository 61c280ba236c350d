package broadsheet.topics;

/**
 * Length-preserving, char-by-char normalisation shared by the taxonomy loader (duplicate-keyword detection)
 * and the matcher: full-width ASCII (U+FF01..U+FF5E) becomes ASCII, the ideographic space becomes a space,
 * ASCII letters become lower case. Because it maps one char to one char, offsets in normalised text equal
 * offsets in the original text.
 */
final class KeywordNormalizer {
    private KeywordNormalizer() {
    }

    static char normalize(char c) {
        if (c < 0x80) {
            return (c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c;
        }
        if (c >= '\uFF01' && c <= '\uFF5E') {
            char ascii = (char) (c - 0xFEE0);
            return (ascii >= 'A' && ascii <= 'Z') ? (char) (ascii + ('a' - 'A')) : ascii;
        }
        if (c == '\u3000') {
            return ' ';
        }
        return c;
    }

    static String normalize(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = normalize(s.charAt(i));
        }
        return new String(out);
    }

    /** ASCII letter or digit, after normalisation. Keywords starting/ending with one need a word boundary. */
    static boolean isAsciiAlnum(char normalized) {
        return (normalized >= 'a' && normalized <= 'z') || (normalized >= '0' && normalized <= '9');
    }
}
