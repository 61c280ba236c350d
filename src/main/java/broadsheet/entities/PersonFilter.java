package broadsheet.entities;

import broadsheet.entities.EntityMention.Methods;

/**
 * Filter on the base tags' persons: no name right after a numeral (三万|余件); the name must pass
 * {@link Names#personOk}: not on the common-word list nor word-shaped (关键期, 连线各), and, unless the perceptron found it
 * (trained on real names, foreign ones and nicknames included), 2–4 Chinese characters starting with a surname.
 */
final class PersonFilter implements EntityRule.PerSentence {
    static final String NAME = "person-filter";

    @Override public String name() { return NAME; }

    @Override public Kind kind() { return Kind.FILTER; }

    @Override
    public void apply(Document doc, Sentence s) {
        s.cands.removeIf(c -> c.isBase() && c.type == EntityType.PERSON && !keep(doc, s, c));
    }

    private static boolean keep(Document doc, Sentence s, Candidate c) {
        int f = c.fromTok;
        if (f > 0 && s.toks.get(f - 1).pos().startsWith("m") && s.toks.get(f - 1).end() == s.toks.get(f).offset()) return false;
        return Names.personOk(s, c.start, c.end, c.fromTok, c.toTok, !Methods.PERCEPTRON.equals(c.method), doc.exclusions);
    }
}
