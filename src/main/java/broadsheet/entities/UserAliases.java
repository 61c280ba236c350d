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

/** Candidates: the typed aliases of the user's alias file, wherever they stand on token edges. */
final class UserAliases implements EntityRule.PerSentence {
    static final String NAME = "user-aliases";

    @Override public String name() { return NAME; }

    @Override public Kind kind() { return Kind.CANDIDATES; }

    @Override
    public void apply(Document doc, Sentence s) { userAliasCandidates(s, s.cands, doc.aliases); }

    static void userAliasCandidates(Sentence s, List<Candidate> out, Map<String, UserLists.Alias> aliases) {
        if (aliases.isEmpty()) return;
        for (UserLists.Alias a : aliases.values()) {
            if (a.type() == null) continue;
            String name = a.alias();
            for (int from = s.text.indexOf(name); from >= 0; from = s.text.indexOf(name, from + 1)) {
                int end = from + name.length();
                if (s.starts.get(from) && (s.ends.get(end) || (a.type() == EntityType.PERSON && looseNameEnd(s, end)))) {
                    out.add(new Candidate(from, end, a.type(), Methods.ALIAS, P_USER, true));
                }
            }
        }
    }
}
