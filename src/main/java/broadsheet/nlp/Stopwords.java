package broadsheet.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Words left out of term counts: a default list for Chinese news ({@code broadsheet/nlp/stopwords-zh.txt})
 * plus the user's ({@code --stopwords FILE}, one word per line, {@code #} comments).
 */
public final class Stopwords {
    public static final String DEFAULT_RESOURCE = "/broadsheet/nlp/stopwords-zh.txt";

    private Stopwords() {
    }

    public static Set<String> defaults() {
        try (InputStream in = Stopwords.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Set<String> load(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read stopword file (" + e.getMessage() + ")");
        }
    }

    static Set<String> parse(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String line : text.replace("\uFEFF", "").split("\r?\n")) {
            int hash = line.indexOf('#');
            for (String w : (hash >= 0 ? line.substring(0, hash) : line).strip().split("[\\s\u3000]+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
        }
        return words;
    }
}
