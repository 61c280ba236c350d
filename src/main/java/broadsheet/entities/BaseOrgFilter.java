package broadsheet.entities;

import broadsheet.entities.EntityMention.Methods;
import broadsheet.nlp.Token;
import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * Filter on the base tags' organisations. HanLP's guessed organisation words must end in an organisation suffix or be
 * in its core dictionary as {@code nt}; the model's organisations must not end in one of HanLP's invented organisation
 * words that ends in a verb (滨湖新兴产业|发展/nt).
 */
final class BaseOrgFilter implements EntityRule.PerSentence {
    static final String NAME = "base-org-filter";

    @Override public String name() { return NAME; }

    @Override public Kind kind() { return Kind.FILTER; }

    @Override
    public void apply(Document doc, Sentence s) {
        s.cands.removeIf(c -> c.isBase() && c.type == EntityType.ORGANIZATION && !keep(s, c));
    }

    private static boolean keep(Sentence s, Candidate c) {
        if (Methods.HMM.equals(c.method)) return OrgNames.trustedOrgWord(s.toks.get(c.fromTok).word());
        Token last = s.toks.get(c.toTok - 1);
        return !(last.pos().startsWith("nt") && !CoreDictionary.contains(last.word()) && Lexicon.get().orgSuffixOf(last.word()) == null
                && last.word().length() >= 3 && Chars.verbTail(last.word()));
    }
}
