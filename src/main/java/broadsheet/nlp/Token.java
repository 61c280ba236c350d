package broadsheet.nlp;

import java.io.Serializable;

/**
 * One segmented word of a sentence: its text, HanLP part-of-speech tag (e.g. {@code nr}, {@code ns},
 * {@code nt}, {@code n}, {@code w}) and its character offset within the sentence.
 */
public record Token(String word, String pos, int offset) implements Serializable {
    public int end() {
        return offset + word.length();
    }
}
