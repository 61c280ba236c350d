package broadsheet.entities;

import broadsheet.nlp.Token;

import java.util.List;

/**
 * Completer: a two-character person word of the base tags followed by a stray one-character piece ({@code 许昆}+{@code 林},
 * {@code 许昆}+{@code 林在}) becomes the three-character name ({@link Names#completeName}); its method gains
 * {@code +completion}, and a model's name completed this way is no longer strong evidence for the article.
 */
final class NameCompletion implements EntityRule.PerSentence {
    static final String NAME = "name-completion";

    @Override public String name() { return NAME; }

    @Override public Kind kind() { return Kind.COMPLETER; }

    @Override
    public void apply(Document doc, Sentence s) {
        List<Candidate> c = s.cands;
        for (int k = 0; k < c.size(); k++) {
            Candidate x = c.get(k);
            if (!x.isBase() || x.type != EntityType.PERSON || x.toTok - x.fromTok != 1) continue;
            int[] fixed = Names.completeName(s, x.fromTok);
            if (fixed == null) continue;
            c.set(k, x.base(fixed[0], fixed[1], x.method + "+completion", false));
            // 周泳|玉等浙江/ns: the invented word the name's last character was glued into is no entity of its own
            Token next = s.toks.get(x.fromTok + 1);
            if (fixed[1] < next.end()) c.removeIf(o -> o.isBase() && o.fromTok == x.fromTok + 1);
        }
    }
}
