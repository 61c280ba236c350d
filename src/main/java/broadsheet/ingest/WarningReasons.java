package broadsheet.ingest;

/** The reason codes that appear in the {@code warnings} table (documented, with examples, in docs/tables.md). */
public final class WarningReasons {
    public static final String NO_DATE = "no_date";
    public static final String BAD_DATE = "bad_date";
    public static final String PAGE_FURNITURE_DROPPED = "page_furniture_dropped";
    public static final String SENTENCE_CUT = "sentence_cut";

    private WarningReasons() {
    }
}
