package broadsheet.entities;

/**
 * One named part of the extractor's pipeline (compare spaCy's pipeline components, CoreNLP's annotators). Each reads and
 * edits the candidates of a {@link Document}; {@link EntityExtractor#RULES} runs them in order, and any of them can be
 * switched off by name ({@link EntityExtractor.Builder#without}) so that the evaluation measures what each one adds.
 */
interface EntityRule {
    enum Kind {
        /** adds candidates */
        CANDIDATES,
        /** widens, joins or re-types candidates already there */
        COMPLETER,
        /** drops or trims candidates */
        FILTER,
        /** works over the whole article */
        DOCUMENT
    }

    /** The switch name: stable, lower-case, used by {@code without(...)} and the ablation rows. */
    String name();

    Kind kind();

    void apply(Document doc);

    /** A rule that looks at one sentence at a time. */
    interface PerSentence extends EntityRule {
        void apply(Document doc, Sentence s);

        @Override
        default void apply(Document doc) {
            for (Sentence s : doc.sentences) apply(doc, s);
        }
    }
}
