package broadsheet.entities;

import java.io.Serializable;

/**
 * One entity mention.
 *
 * @param sentenceIdx index into the article's sentence list, or -1 for a byline that does not occur in any sentence
 * @param start       char offset of the first char within the sentence (inclusive), -1 when sentenceIdx is -1
 * @param end         char offset after the last char (exclusive), -1 when sentenceIdx is -1
 * @param surface     the text as written
 * @param canonical   normalised name (alias file applied, full-width ASCII folded, document-level full name)
 * @param type        PERSON, PLACE or ORGANIZATION
 * @param role        {@link #ROLE_MENTION} or {@link #ROLE_REPORTER}
 * @param method      which rule or model produced it (see {@link Methods})
 */
public record EntityMention(int sentenceIdx, int start, int end, String surface, String canonical,
                            EntityType type, String role, String method) implements Serializable {
    public static final String ROLE_MENTION = "mention";
    public static final String ROLE_REPORTER = "reporter";

    public int length() { return end - start; }

    public boolean overlaps(EntityMention o) {
        return sentenceIdx == o.sentenceIdx && start < o.end && o.start < end;
    }

    /** Names of the rules/models recorded in {@link EntityMention#method()}. */
    public static final class Methods {
        public static final String HMM = "hanlp-hmm";
        public static final String PERCEPTRON = "perceptron";
        public static final String TITLE = "title";
        public static final String TITLE_LIST = "title-list";
        public static final String ORG_SUFFIX = "org-suffix";
        /** the firm before a corporate title (当当网创始人) */
        public static final String ORG_BEFORE_TITLE = "org-before-title";
        public static final String GAZETTEER = "gazetteer";
        /** a one-character country abbreviation in a compound (中美); canonical is the full name */
        public static final String ABBREVIATION = "country-abbreviation";
        /** a well-known organisation by its full name or a name news uses (曼联, 美国海军); canonical is the full name */
        public static final String KNOWN_NAME = "known-name";
        /** a well-known organisation by a short form People's Daily writes as a plain word (工行, 美军, 英超) */
        public static final String KNOWN_ABBREVIATION = "known-abbreviation";
        public static final String CONSISTENCY = "doc-consistency";
        public static final String ALIAS = "alias";
        public static final String BYLINE = "byline";
        private Methods() {}
    }
}
