package broadsheet.topics;

/**
 * A topic file could not be read or is malformed. The message has the form
 * {@code <file>:<line>: <reason>} (or {@code <file>: <reason>} when the problem is not tied to a line,
 * e.g. an unreadable or empty file).
 */
public class TopicFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String reason;

    public TopicFileException(String source, int line, String reason) {
        super(line > 0 ? source + ":" + line + ": " + reason : source + ": " + reason);
        this.source = source;
        this.line = line;
        this.reason = reason;
    }

    public TopicFileException(String source, int line, String reason, Throwable cause) {
        this(source, line, reason);
        initCause(cause);
    }

    /** The file path (or {@code classpath:...} name) that failed. */
    public String source() {
        return source;
    }

    /** 1-based line number of the offending line, or 0 if the error concerns the whole file. */
    public int line() {
        return line;
    }

    /** The reason, without file name and line number. */
    public String reason() {
        return reason;
    }
}
