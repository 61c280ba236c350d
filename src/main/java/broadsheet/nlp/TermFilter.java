package broadsheet.nlp;

import java.io.Serializable;
import java.util.Set;

/**
 * Which tokens count as terms. Punctuation ({@code w}), numbers and quantities ({@code m}, {@code mq}),
 * times and dates ({@code t}), symbols and stopwords stay in the token stream but are not counted; nor are
 * words shorter than {@code minLength} characters.
 */
public final class TermFilter implements Serializable {
    private final Set<String> stopwords;
    private final int minLength;

    public TermFilter(Set<String> stopwords, int minLength) {
        this.stopwords = Set.copyOf(stopwords);
        this.minLength = minLength;
    }

    public boolean counts(String word, String pos) {
        if (word.length() < minLength || stopwords.contains(word)) {
            return false;
        }
        if (pos.startsWith("w") || pos.startsWith("m") || pos.startsWith("t") || pos.equals("x") || pos.equals("xx") || pos.equals("xu")) {
            return false;
        }
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            if (Character.isLetter(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false; // digits, symbols, punctuation only
    }

    public boolean counts(Token t) {
        return counts(t.word(), t.pos());
    }
}
