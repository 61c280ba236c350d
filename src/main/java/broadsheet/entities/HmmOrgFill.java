package broadsheet.entities;

import broadsheet.entities.EntityMention.Methods;
import broadsheet.nlp.Token;

import static broadsheet.entities.Candidate.P_HMM;
import static broadsheet.entities.OrgNames.adminBody;
import static broadsheet.entities.OrgNames.namedPrefix;

/**
 * Candidates (with a model only): HanLP's own organisation words fill gaps the model left when they end in a real suffix
 * after a name (卓胜微电子公司) or are a city's government body (市住建局), which People's Daily 1998 never writes.
 */
final class HmmOrgFill implements EntityRule.PerSentence {
    static final String NAME = "hmm-org-fill";

    @Override public String name() { return NAME; }

    @Override public Kind kind() { return Kind.CANDIDATES; }

    @Override
    public void apply(Document doc, Sentence s) {
        if (!doc.hasModel()) return;
        for (Token t : s.toks) {
            String suf = Lexicon.get().orgSuffixOf(t.word());
            if (t.pos().startsWith("nt") && suf != null && (suf.length() >= 2 && t.word().length() >= suf.length() + 2
                    && namedPrefix(t.word().substring(0, t.word().length() - suf.length())) || adminBody(t.word(), suf))) {
                s.cands.add(new Candidate(t.offset(), t.end(), EntityType.ORGANIZATION, Methods.HMM, P_HMM, false));
            }
        }
    }
}
