package broadsheet.ingest;

import java.util.List;

/**
 * Text decoded from the bytes of a file, with the encoding that was detected.
 *
 * @param badLines 1-based lines whose bytes did not decode (left empty in {@code text}); only for files of
 *                 records (JSON Lines, PKU corpus), where each line stands alone
 * @param controls C0 control characters (other than tab, LF, CR) in the text, which normalising removes
 * @param firstControl where the first of them is, for the warning; null when there is none
 */
public record DecodedText(String text, String encoding, List<Long> badLines, int controls, String firstControl) {
    public DecodedText(String text, String encoding) {
        this(text, encoding, List.of(), 0, null);
    }

    public DecodedText {
        badLines = List.copyOf(badLines);
    }

    /** The same, with its control characters counted. */
    DecodedText withControlsCounted() {
        int count = 0;
        String first = null;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c < 0x20 && c != '\t' && c != '\r') {
                if (count++ == 0) {
                    first = String.format("U+%04X on line %d", (int) c, line);
                }
            }
        }
        return new DecodedText(text, encoding, badLines, count, first);
    }
}
