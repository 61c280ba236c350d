package broadsheet.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Detects the encoding of an input file and decodes it: UTF-8 (with or without BOM), UTF-16 (with or without
 * BOM), GBK and GB18030. Decoding is strict: bytes that no candidate decodes reject the file (or, in a file of
 * records, the line) instead of silently turning into replacement characters.
 */
public final class TextDecoder {
    public static final String UTF_8 = "UTF-8";
    public static final String UTF_8_BOM = "UTF-8-BOM";
    public static final String UTF_16LE = "UTF-16LE";
    public static final String UTF_16BE = "UTF-16BE";
    public static final String GBK = "GBK";
    public static final String GB18030 = "GB18030";

    private static final Charset GBK_CHARSET = Charset.forName("GBK");
    private static final Charset GB18030_CHARSET = Charset.forName("GB18030");

    private TextDecoder() {
    }

    public static DecodedText decode(byte[] bytes) throws RejectedInputException {
        return decode(bytes, false);
    }

    /**
     * @param records the file holds one record per line (JSON Lines, PKU corpus): a line that is not UTF-8 in an
     *                otherwise UTF-8 file is left empty and listed in {@link DecodedText#badLines()}, the others load
     */
    public static DecodedText decode(byte[] bytes, boolean records) throws RejectedInputException {
        return decodeRaw(bytes, records).withControlsCounted();
    }

    private static DecodedText decodeRaw(byte[] bytes, boolean records) throws RejectedInputException {
        if (bytes.length == 0) {
            throw new RejectedInputException(RejectReasons.EMPTY, "file has 0 bytes");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new DecodedText(strict(StandardCharsets.UTF_8, bytes, 3, UTF_8_BOM), UTF_8_BOM);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new DecodedText(strict(StandardCharsets.UTF_16LE, bytes, 2, UTF_16LE), UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new DecodedText(strict(StandardCharsets.UTF_16BE, bytes, 2, UTF_16BE), UTF_16BE);
        }
        DecodedText utf16 = utf16WithoutBom(bytes, true);
        if (utf16 != null) {
            return utf16;
        }
        try {
            rejectIfBinary(bytes);
        } catch (RejectedInputException binary) {
            // UTF-16 of Chinese has control bytes (业 is 1A 4E) and few NULs: recognised by what it decodes to.
            utf16 = utf16WithoutBom(bytes, false);
            if (utf16 != null) {
                return utf16;
            }
            throw binary;
        }
        try {
            return new DecodedText(decodeOrThrow(StandardCharsets.UTF_8, bytes, 0), UTF_8);
        } catch (CharacterCodingException utf8Failure) {
            if (records) {
                DecodedText lines = utf8ByLine(bytes);
                if (lines != null) {
                    return lines;
                }
            }
            // UTF-16 of Chinese only has no NUL byte to show it: recognised by what it decodes to.
            utf16 = utf16WithoutBom(bytes, false);
            if (utf16 != null) {
                return utf16;
            }
            // Not UTF-8: Chinese legacy encodings. GBK is a subset of GB18030; name the narrower one when it fits.
            try {
                return new DecodedText(decodeOrThrow(GBK_CHARSET, bytes, 0), GBK);
            } catch (CharacterCodingException gbkFailure) {
                try {
                    return new DecodedText(decodeOrThrow(GB18030_CHARSET, bytes, 0), GB18030);
                } catch (CharacterCodingException gb18030Failure) {
                    throw new RejectedInputException(RejectReasons.UNDECODABLE,
                            "neither UTF-8, UTF-16, GBK nor GB18030: " + describe(utf8Failure, bytes, "UTF-8"));
                }
            }
        }
    }

    /**
     * A file of records that is UTF-8 but for some lines: those lines left empty (so line numbers hold) and listed.
     * Null when no line, or fewer lines than fail, decode: then the file is not UTF-8 at all.
     */
    private static DecodedText utf8ByLine(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length);
        List<Long> bad = new ArrayList<>();
        long good = 0;
        long line = 1;
        int from = 0;
        while (from <= bytes.length) {
            int to = from;
            while (to < bytes.length && bytes[to] != '\n') {
                to++;
            }
            try {
                String s = decodeOrThrow(StandardCharsets.UTF_8, java.util.Arrays.copyOfRange(bytes, from, to), 0);
                text.append(s);
                if (!s.isBlank()) {
                    good++;
                }
            } catch (CharacterCodingException e) {
                bad.add(line);
            }
            if (to < bytes.length) {
                text.append('\n');
            }
            from = to + 1;
            line++;
        }
        if (good == 0 || bad.size() >= good) {
            return null;
        }
        return new DecodedText(text.toString(), UTF_8, bad, 0, null);
    }

    /**
     * UTF-16 without a byte-order mark. With {@code byNul}: ASCII (digits, line ends, JSON) puts a NUL byte in
     * every other position, on one side; without: text that decodes to Chinese, ASCII and CJK punctuation only.
     * Null when the bytes are not such text.
     */
    private static DecodedText utf16WithoutBom(byte[] bytes, boolean byNul) {
        if (bytes.length < 4 || bytes.length % 2 != 0) {
            return null;
        }
        int sample = Math.min(bytes.length, 64 * 1024) & ~1;
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < sample; i++) {
            if (bytes[i] == 0) {
                if ((i & 1) == 0) {
                    evenNul++;
                } else {
                    oddNul++;
                }
            }
        }
        if (byNul && evenNul + oddNul < Math.max(2, sample / 200)) {
            return null;
        }
        boolean[] orders = byNul ? new boolean[] {oddNul >= evenNul} : new boolean[] {true, false};
        for (boolean le : orders) {
            try {
                String text = decodeOrThrow(le ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE, bytes, 0);
                if (plausibleText(text)) {
                    return new DecodedText(text, le ? UTF_16LE : UTF_16BE);
                }
            } catch (CharacterCodingException e) {
                // not this byte order
            }
        }
        return null;
    }

    /** Nearly all characters are Chinese, ASCII text, CJK or full-width punctuation, or general punctuation. */
    static boolean plausibleText(String text) {
        int n = Math.min(text.length(), 32 * 1024);
        int ok = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t' || (c >= 0x4E00 && c <= 0x9FFF)
                    || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x2000 && c <= 0x206F)) {
                ok++;
            }
        }
        return n > 0 && ok >= n * 0.95;
    }

    /**
     * Many control bytes mean this is not a text file. A few (NULs from a damaged export) are not enough: they are
     * removed from the text, with a warning.
     */
    private static void rejectIfBinary(byte[] bytes) throws RejectedInputException {
        int sample = Math.min(bytes.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        if (control > Math.max(2, sample / 100)) {
            throw new RejectedInputException(RejectReasons.BINARY, control + " control bytes in the first " + sample + " bytes");
        }
    }

    private static String strict(Charset charset, byte[] bytes, int offset, String name) throws RejectedInputException {
        try {
            return decodeOrThrow(charset, bytes, offset);
        } catch (CharacterCodingException e) {
            throw new RejectedInputException(RejectReasons.UNDECODABLE, "invalid " + name + ": " + describe(e, bytes, name));
        }
    }

    private static String decodeOrThrow(Charset charset, byte[] bytes, int offset) throws CharacterCodingException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        return chars.toString();
    }

    /** Finds the byte offset of the first bad sequence so the rejects table can point at it. */
    private static String describe(CharacterCodingException e, byte[] bytes, String name) {
        CharsetDecoder decoder = (name.startsWith("UTF-16") ? (name.endsWith("LE") ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE)
                : StandardCharsets.UTF_8).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length * 2 + 2);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            return "bad byte sequence at offset " + in.position();
        }
        return e instanceof MalformedInputException ? "malformed input" : String.valueOf(e.getMessage());
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
