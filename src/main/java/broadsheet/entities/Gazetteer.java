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

/** Candidates: names of administrative divisions and their safe short forms over whole tokens ({@link Lexicon}). */
final class Gazetteer implements EntityRule.PerSentence {
    static final String NAME = "gazetteer";

    @Override public String name() { return NAME; }

    @Override public Kind kind() { return Kind.CANDIDATES; }

    @Override
    public void apply(Document doc, Sentence s) { gazetteerCandidates(s, s.cands); }

    static void gazetteerCandidates(Sentence s, List<Candidate> out) {
        Lexicon lx = Lexicon.get();
        for (int i = 0; i < s.toks.size(); i++) {
            // a division's name over one or several whole tokens (新|吴区, 梅村|街道), never cutting a token
            StringBuilder name = new StringBuilder();
            for (int j = i; j < s.toks.size() && j < i + 4; j++) {
                Token t = s.toks.get(j);
                name.append(t.word());
                if (name.length() > lx.maxPlaceLength()) break;
                if (name.length() < 2) continue;
                // every longer name from token i starts with the same two characters
                if (!lx.mayStartPlace(name.charAt(0), name.charAt(1))) break;
                if (!lx.isPlace(name.toString())) continue;
                // several tokens make a name only from content words (not 和|县, 在|湖州)
                if (j > i && (name.length() < 3 || isFunctionPos(s.toks.get(i).pos()))) continue;
                // 新疆维吾尔自治区|党委: the place names an organisation here, not a place
                if (j + 1 < s.toks.size()) {
                    Token n = s.toks.get(j + 1);
                    if (isOrgHead(n) || n.pos().equals("nis")
                            || n.word().length() > 2 && lx.orgSuffixOf(n.word().substring(0, 2)) != null) continue;
                }
                out.add(new Candidate(s.toks.get(i).offset(), t.end(), EntityType.PLACE, Methods.GAZETTEER, P_GAZ, false));
            }
        }
    }
}
