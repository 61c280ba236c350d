package broadsheet.ingest;

/**
 * Removes the dirt that page exports and old corpora carry without changing the words: stray carriage
 * returns ({@code \r\r\n}), full-width and non-breaking spaces, zero-width characters, a BOM in the middle
 * of a file, other control characters. Full-width digits and punctuation are content and stay.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    public static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r' -> {
                    // \r\n, \r\r\n and a lone \r (old Mac files) all end one line.
                    int j = i;
                    while (j + 1 < n && text.charAt(j + 1) == '\r') {
                        j++;
                    }
                    if (j + 1 < n && text.charAt(j + 1) == '\n') {
                        j++;
                    }
                    out.append('\n');
                    i = j;
                }
                case '\u3000', '\u00A0', '\u2002', '\u2003', '\u2009', '\u202F', '\t', '\f', '\u000B' -> out.append(' ');
                case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> {
                    // zero-width: drop
                }
                case '\u2028', '\u2029', '\u0085' -> out.append('\n');
                default -> {
                    if (c < 0x20 && c != '\n') {
                        continue;
                    }
                    if (c >= 0x7F && c < 0xA0) {
                        continue;
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    /** Collapses runs of spaces to one and trims; for headlines and single lines. */
    public static String collapseSpaces(String line) {
        return line.trim().replaceAll(" {2,}", " ");
    }
}
