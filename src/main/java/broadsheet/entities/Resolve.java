package broadsheet.entities;

/** Each sentence keeps its best non-overlapping candidates ({@link Candidate#resolve}); not switchable. */
final class Resolve implements EntityRule.PerSentence {
    static final String NAME = "resolve";

    @Override public String name() { return NAME; }

    @Override public Kind kind() { return Kind.FILTER; }

    @Override
    public void apply(Document doc, Sentence s) { s.cands = Candidate.resolve(s.cands); }
}
