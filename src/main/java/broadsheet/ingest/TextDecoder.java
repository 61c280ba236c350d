package broadsheet.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Detects the encoding of an input file and decodes it: UTF-8 (with or without BOM), UTF-16 with BOM,
 * GBK and GB18030. Decoding is strict: bytes that no candidate decodes reject the file instead of
 * silently turning into replacement characters.
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
        rejectIfBinary(bytes);
        try {
            return new DecodedText(decodeOrThrow(StandardCharsets.UTF_8, bytes, 0), UTF_8);
        } catch (CharacterCodingException utf8Failure) {
            // Not UTF-8: Chinese legacy encodings. GBK is a subset of GB18030; name the narrower one when it fits.
            try {
                return new DecodedText(decodeOrThrow(GBK_CHARSET, bytes, 0), GBK);
            } catch (CharacterCodingException gbkFailure) {
                try {
                    return new DecodedText(decodeOrThrow(GB18030_CHARSET, bytes, 0), GB18030);
                } catch (CharacterCodingException gb18030Failure) {
                    throw new RejectedInputException(RejectReasons.UNDECODABLE,
                            "neither UTF-8, GBK nor GB18030: " + describe(utf8Failure, bytes, "UTF-8"));
                }
            }
        }
    }

    /** A NUL byte, or many control bytes, means this is not a text file (UTF-16 without BOM is not supported). */
    private static void rejectIfBinary(byte[] bytes) throws RejectedInputException {
        int sample = Math.min(bytes.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new RejectedInputException(RejectReasons.BINARY, "NUL byte at offset " + i + " (binary file, or UTF-16 without BOM)");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        if (control > Math.max(8, sample / 100)) {
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
