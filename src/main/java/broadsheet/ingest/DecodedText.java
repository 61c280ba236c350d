package broadsheet.ingest;

/** Text decoded from the bytes of a file, with the encoding that was detected. */
public record DecodedText(String text, String encoding) {
}
