package broadsheet.ingest;

/** A whole input file, or one record of it, cannot be used; carries the reason code for the rejects table. */
public class RejectedInputException extends Exception {
    private final String reason;
    private final Long line;

    public RejectedInputException(String reason, String detail) {
        this(reason, detail, null);
    }

    public RejectedInputException(String reason, String detail, Long line) {
        super(detail);
        this.reason = reason;
        this.line = line;
    }

    /** Short machine-readable reason, e.g. {@code empty}, {@code binary}, {@code undecodable}. */
    public String reason() {
        return reason;
    }

    /** 1-based line number when the problem is on one line, else null. */
    public Long line() {
        return line;
    }
}
