package broadsheet.entities;

import broadsheet.entities.EntityMention.Methods;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Document pass: a name found whole once in the article (after a title, by the organisation grammar, a person the model
 * found in one token, or after a title in the headline) fixes its other mentions on token edges.
 */
final class DocumentConsistency implements EntityRule {
    static final String NAME = "doc-consistency";

    @Override public String name() { return NAME; }

    @Override public Kind kind() { return Kind.DOCUMENT; }

    @Override
    public void apply(Document doc) {
        Map<String, EntityType> strong = new LinkedHashMap<>();
        for (Sentence s : doc.sentences) {
            for (Candidate c : s.cands) {
                if (c.strong && c.end - c.start >= 2) strong.putIfAbsent(s.text.substring(c.start, c.end), c.type);
            }
        }
        if (doc.headline != null && !doc.headline.isBlank() && doc.enabled(TitleGrammar.NAME)) {
            Sentence h = new Sentence(doc.headline, HanlpTokens.tokens(doc.headline));
            List<Candidate> hc = new ArrayList<>();
            TitleGrammar.titleCandidates(h, hc, doc.exclusions);
            for (Candidate c : hc) strong.putIfAbsent(h.text.substring(c.start, c.end), c.type);
        }
        strong.keySet().removeIf(doc.exclusions::contains);
        if (strong.isEmpty()) return;
        for (Sentence s : doc.sentences) {
            List<Candidate> c = new ArrayList<>(s.cands);
            for (Map.Entry<String, EntityType> e : strong.entrySet()) {
                String name = e.getKey();
                for (int from = s.text.indexOf(name); from >= 0; from = s.text.indexOf(name, from + 1)) {
                    int end = from + name.length();
                    if (!s.starts.get(from)) continue;
                    if (!s.ends.get(end) && !(e.getValue() == EntityType.PERSON && Names.looseNameEnd(s, end))) continue;
                    final int f0 = from;
                    if (c.stream().anyMatch(x -> x.start == f0 && x.end == end && x.type == e.getValue())) continue;
                    c.add(new Candidate(from, end, e.getValue(), Methods.CONSISTENCY, Candidate.P_CONSIST, false));
                }
            }
            s.cands = Candidate.resolve(c);
        }
    }
}
