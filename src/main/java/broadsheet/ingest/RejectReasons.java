package broadsheet.ingest;

/** The reason codes that appear in the {@code rejects} table (documented in docs/tables.md). */
public final class RejectReasons {
    public static final String EMPTY = "empty";
    public static final String BINARY = "binary";
    public static final String UNDECODABLE = "undecodable";
    public static final String TOO_LARGE = "too_large";
    public static final String UNREADABLE = "unreadable";
    public static final String NO_ARTICLES = "no_articles";
    public static final String MALFORMED_JSON = "malformed_json";
    public static final String MISSING_TEXT = "missing_text";
    public static final String MALFORMED_CORPUS_LINE = "malformed_corpus_line";
    public static final String DUPLICATE_ARTICLE = "duplicate_article";
    public static final String UNDECODABLE_RECORD = "undecodable_record";
    public static final String UNSUPPORTED_COMPRESSION = "unsupported_compression";

    private RejectReasons() {
    }
}
