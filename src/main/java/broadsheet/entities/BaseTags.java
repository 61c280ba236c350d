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

/** Candidates: HanLP's own nr/ns/nt words, or (with a model) the perceptron's spans over the same words; a title is never one. */
final class BaseTags implements EntityRule.PerSentence {
    static final String NAME = "base-tags";

    @Override public String name() { return NAME; }

    @Override public Kind kind() { return Kind.CANDIDATES; }

    @Override
    public void apply(Document doc, Sentence s) {
        List<Token> toks = s.toks;
        if (doc.hasModel()) {
            for (PerceptronNer.Span sp : mergeTransliterations(s, doc.model.recognize(toks))) {
                int a = toks.get(sp.from()).offset(), b = toks.get(sp.to() - 1).end();
                addBase(s, s.cands, a, b, sp.type(), Methods.PERCEPTRON, P_MODEL, sp.from(), sp.to());
            }
        } else {
            for (int i = 0; i < toks.size(); i++) {
                Token t = toks.get(i);
                EntityType type = EntityType.fromPos(t.pos());
                if (type != null) addBase(s, s.cands, t.offset(), t.end(), type, Methods.HMM, P_HMM, i, i + 1);
            }
        }
    }

    /** Characters of transliterated foreign names (奥尔布|赖特): two person pieces full of them are one name. */
    static final String TRANSLIT = "尔特斯克夫娃诺拉基姆德布罗索维亚伊卡纳科托奇蒂恩塞希里兹茨洛瓦普";

    static List<PerceptronNer.Span> mergeTransliterations(Sentence s, List<PerceptronNer.Span> spans) {
        List<PerceptronNer.Span> out = new ArrayList<>(spans.size());
        for (PerceptronNer.Span sp : spans) {
            PerceptronNer.Span prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev.type() == EntityType.PERSON && sp.type() == EntityType.PERSON && prev.to() == sp.from()
                    && s.toks.get(prev.to() - 1).end() == s.toks.get(sp.from()).offset()) {
                String name = s.text.substring(s.toks.get(prev.from()).offset(), s.toks.get(sp.to() - 1).end());
                int tr = 0;
                for (int i = 0; i < name.length(); i++) if (TRANSLIT.indexOf(name.charAt(i)) >= 0) tr++;
                if (tr >= 2 && name.length() >= 4 && name.length() <= 10) {
                    out.set(out.size() - 1, new PerceptronNer.Span(prev.from(), sp.to(), EntityType.PERSON));
                    continue;
                }
            }
            out.add(sp);
        }
        return out;
    }

    static void addBase(Sentence s, List<Candidate> out, int a, int b, EntityType type, String method, int prio, int fromTok, int toTok) {
        if (s.titleTokens.get(fromTok)) return; // a title is not an entity of its own
        if (type == EntityType.PLACE && toTok - fromTok == 1 && fromTok > 0) {
            Token t = s.toks.get(fromTok), p = s.toks.get(fromTok - 1);
            if (p.end() == t.offset() && p.word().length() == 1 && isCjk(p.word().charAt(0))) {
                if (ZONES.contains(p.word() + t.word())) {
                    // 无锡|经|开区: an abbreviated development zone, with the place it belongs to
                    a = p.offset();
                    if (fromTok > 1 && s.toks.get(fromTok - 2).end() == a && s.toks.get(fromTok - 2).pos().startsWith("ns")) a = s.toks.get(fromTok - 2).offset();
                } else if (!CoreDictionary.contains(t.word()) && !Lexicon.get().isPlace(t.word()) && FRAGMENT_POS.contains(p.pos())) {
                    return; // 夯|基垒台: the tail of a word cut off by the segmenter, not a place
                }
            }
        }
        if (type != EntityType.PERSON) {
            // 2022无锡: digits glued to a name by the segmenter
            while (b - a > 2 && isDigit(s.text.charAt(a))) a++;
        }
        // a whole name the model found in one token (魏德运, 科科申) fixes its other mentions in the article
        boolean strong = Methods.PERCEPTRON.equals(method) && type == EntityType.PERSON && b - a >= 2 && toTok - fromTok == 1;
        Candidate c = new Candidate(a, b, type, method, prio, strong);
        c.fromTok = fromTok;
        c.toTok = toTok;
        out.add(c);
    }

    /** Abbreviated development zones the segmenter cuts after their first character (经|开区). */
    static final Set<String> ZONES = Set.of("经开区", "高新区", "综保区", "自贸区", "保税区", "开发区", "示范区", "产业园");

    /** Tags of a lone character that is part of a word rather than a word of its own before a name. */
    static final Set<String> FRAGMENT_POS = Set.of("n", "ng", "h", "k", "Rg", "vg", "Vg", "ag", "x");
}
