package broadsheet.entities;

import broadsheet.nlp.Token;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** One sentence as the rules see it: text, tokens, token edges, and the candidates found so far. */
final class Sentence {
    final String text;
    final List<Token> toks;
    final BitSet starts = new BitSet(), ends = new BitSet();
    /** Tokens the title grammar took as titles: never an entity of their own, never part of an organisation. */
    final BitSet titleTokens = new BitSet();
    List<Candidate> cands = new ArrayList<>();

    Sentence(String text, List<Token> toks) {
        this.text = text;
        this.toks = toks;
        for (Token t : toks) { starts.set(t.offset()); ends.set(t.end()); }
        starts.set(text.length());
        ends.set(0);
    }

    int tokenAt(int offset) {
        for (int i = 0; i < toks.size(); i++) if (toks.get(i).offset() <= offset && offset < toks.get(i).end()) return i;
        return -1;
    }

    int tokenStartingAt(int offset) {
        for (int i = 0; i < toks.size(); i++) if (toks.get(i).offset() == offset) return i;
        return -1;
    }
}
