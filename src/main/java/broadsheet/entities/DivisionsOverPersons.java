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

/** Completer: a person guess that is a division's full name is that place (丁蜀镇); a division's full name beats a guessed place that cuts it (新|吴区). */
final class DivisionsOverPersons implements EntityRule.PerSentence {
    static final String NAME = "divisions-over-persons";

    @Override public String name() { return NAME; }

    @Override public Kind kind() { return Kind.COMPLETER; }

    @Override
    public void apply(Document doc, Sentence s) { placesNamedAsPersons(s, s.cands); }

    /**
     * A person guess (HanLP's or the model's) whose text is a division's full name is that place (丁蜀镇, 梅村街道): no
     * one is named with a town's name and unit. Short forms are not enough (周宁 is a county and a name), and names
     * found after a title stay persons.
     */
    static void placesNamedAsPersons(Sentence s, List<Candidate> c) {
        Lexicon lx = Lexicon.get();
        for (int k = 0; k < c.size(); k++) {
            Candidate x = c.get(k);
            if (x.type == EntityType.PERSON && x.prio < P_TITLE && lx.isDivision(s.text.substring(x.start, x.end)))
                c.set(k, new Candidate(x.start, x.end, EntityType.PLACE, Methods.GAZETTEER, x.prio, x.strong));
        }
        // a division's full name (新吴区, 梅村街道) beats a guessed place that cuts it (新|吴区, 新吴区梅村|街道)
        for (int k = 0; k < c.size(); k++) {
            Candidate g = c.get(k);
            if (!Methods.GAZETTEER.equals(g.method) || g.prio != P_GAZ || !lx.isDivision(s.text.substring(g.start, g.end))) continue;
            int rival = -1;
            for (Candidate x : c) {
                if (x == g || x.type != EntityType.PLACE || x.prio >= P_TITLE || !x.overlaps(g)) continue;
                if (x.start <= g.start && x.end >= g.end) continue; // it contains the name: no cut
                rival = Math.max(rival, x.prio);
            }
            if (rival >= 0) c.set(k, new Candidate(g.start, g.end, g.type, g.method, rival + 1, g.strong));
        }
    }
}
