package broadsheet.entities;

import broadsheet.entities.EntityMention.Methods;
import broadsheet.nlp.Token;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static broadsheet.entities.Candidate.*;
import static broadsheet.entities.Chars.*;
import static broadsheet.entities.Names.*;
import static broadsheet.entities.OrgNames.*;

/** Completer: a title name cut short by the title grammar (古杰|拉尔) yields to a longer base person starting at the same place. */
final class TitleNameExtension implements EntityRule.PerSentence {
    static final String NAME = "title-name-extension";

    @Override public String name() { return NAME; }

    @Override public Kind kind() { return Kind.COMPLETER; }

    @Override
    public void apply(Document doc, Sentence s) { preferLongerBaseNames(s.cands); }

    /** A title name cut short by the rule (古杰|拉尔) yields to a longer base person starting at the same place. */
    static void preferLongerBaseNames(List<Candidate> c) {
        for (int i = 0; i < c.size(); i++) {
            Candidate t = c.get(i);
            if (t.prio != P_TITLE) continue;
            for (Candidate b : c) {
                if (b.prio < P_TITLE && b.type == EntityType.PERSON && b.start == t.start && b.end > t.end) {
                    Candidate r = new Candidate(b.start, b.end, EntityType.PERSON, t.method, P_TITLE, true);
                    r.role = t.role;
                    c.set(i, r);
                    break;
                }
            }
        }
    }
}
