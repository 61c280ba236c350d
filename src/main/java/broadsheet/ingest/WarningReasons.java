package broadsheet.ingest;

/** The reason codes that appear in the {@code warnings} table (documented, with examples, in docs/tables.md). */
public final class WarningReasons {
    public static final String NO_DATE = "no_date";
    public static final String BAD_DATE = "bad_date";
    public static final String PAGE_FURNITURE_DROPPED = "page_furniture_dropped";
    public static final String SENTENCE_CUT = "sentence_cut";
    public static final String CONTROL_CHARACTERS_REMOVED = "control_characters_removed";
    public static final String TRUNCATED = "truncated";
    public static final String DIRECTORY_LOOP = "directory_loop";
    public static final String DIRECTORY_SEEN_TWICE = "directory_seen_twice";
    public static final String OUTPUT_SKIPPED = "output_skipped";
    /** Written by the analysis pass, not by ingest: an article whose segmentation time budget ran out. */
    public static final String ANALYSIS_CUT_SHORT = "analysis_cut_short";

    private WarningReasons() {
    }
}
