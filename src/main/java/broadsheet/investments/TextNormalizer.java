package broadsheet.investments;

/**
 * Maps full-width digits, letters, currency signs and punctuation to their ASCII forms, every dash to
 * {@code -} and every wave to {@code ~} (so ——, －, – read as range marks), a few traditional numeral
 * characters to simplified ones (億萬兩圓), and a middle dot between digits to a decimal point. It works
 * one char for one char, so every offset found in the normalised text is also valid in the original text.
 */
final class TextNormalizer {

    private TextNormalizer() {
    }

    static String normalize(String s) {
        if (s == null) {
            return "";
        }
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = map(out[i]);
        }
        // 7·61亿元, 1·6万元: older texts (the PKU corpus) write the decimal point as a middle dot
        for (int i = 1; i + 1 < out.length; i++) {
            if (MIDDLE_DOTS.indexOf(out[i]) >= 0 && isDigit(out[i - 1]) && isDigit(out[i + 1])) {
                out[i] = '.';
            }
        }
        return new String(out);
    }

    private static final String MIDDLE_DOTS = "·・•‧∙";

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static char map(char c) {
        if (c >= '０' && c <= '９') {
            return (char) ('0' + (c - '０'));
        }
        if (c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ') {
            return (char) (c - 'Ａ' + 'A'); // full-width Latin letters (ＲＭＢ, ＵＳ＄)
        }
        return switch (c) {
            case '．' -> '.';
            case '％' -> '%';
            case '－', '—', '–', '―', '‐', '‒', '−', '﹣' -> '-';
            case '～', '〜', '∼' -> '~';
            case '／' -> '/';
            case '＄' -> '$';
            case '￥' -> '¥';
            case '￡' -> '£';
            case '圓' -> '圆';
            case '\u3000', '\u00a0' -> ' ';
            case '（' -> '(';
            case '）' -> ')';
            case '億' -> '亿';
            case '萬' -> '万';
            case '兩' -> '两';
            default -> c;
        };
    }
}
