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

/** Completer (with a model): an organisation built by the suffix rule wins over the model spans it contains. */
final class OrgSuffixOverModel implements EntityRule.PerSentence {
    static final String NAME = "org-suffix-over-model";

    @Override public String name() { return NAME; }

    @Override public Kind kind() { return Kind.COMPLETER; }

    @Override
    public void apply(Document doc, Sentence s) { if (doc.hasModel()) promoteContainingOrgs(s, s.cands); }

    /**
     * With a model, an organisation built by the suffix rule wins over model spans it fully contains
     * (SK海力士半导体(中国)公司 over the place 中国), and loses to spans it crosses. A model organisation that ends where
     * it ends keeps its own start (该分局|湖滨公园派出所), unless the model split the name at a bracketed qualifier
     * (星海物流|(常州)|智能仓储基地).
     */
    static void promoteContainingOrgs(Sentence s, List<Candidate> c) {
        for (int i = 0; i < c.size(); i++) {
            Candidate o = c.get(i);
            if (!Methods.ORG_SUFFIX.equals(o.method)) continue;
            boolean crosses = false;
            for (Candidate m : c) {
                if (m == o || m.prio >= P_TITLE || !m.overlaps(o)) continue;
                // the same name built twice (from HanLP's organisation word and from the model's span) is no rival
                if (Methods.ORG_SUFFIX.equals(m.method) && m.start == o.start && m.end == o.end) continue;
                if (m.start < o.start || m.end > o.end || m.start == o.start && m.end == o.end) { crosses = true; break; }
                // the model stops at a bracketed qualifier (…(常州)|智能仓储基地) or at the 和 of a government body's name
                // (工业和|信息化局): the rule's longer name wins there, elsewhere the model's organisation keeps its start
                if (m.type == EntityType.ORGANIZATION && m.prio > o.prio && m.end == o.end && m.start > o.start
                        && ")）和".indexOf(s.text.charAt(m.start - 1)) < 0) { crosses = true; break; }
            }
            if (!crosses) c.set(i, new Candidate(o.start, o.end, o.type, o.method, P_ORG, o.strong));
        }
    }
}
