package broadsheet.nlp;

import com.hankcs.hanlp.corpus.tag.Nature;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Domain words added to the segmenter ({@code --dict FILE}): one word per line, optionally followed by a
 * part of speech and a frequency, separated by whitespace ({@code SK海力士 nt 1000}); {@code #} starts a
 * comment. Parsed on the driver so that a bad line fails the run before Spark starts, naming the line; the
 * entries then travel to executors inside the job, never through HanLP's global dictionary or files.
 */
public final class UserDictionary {
    public static final String DEFAULT_POS = "nz";
    public static final int DEFAULT_FREQUENCY = 1000;

    /** One word with the part of speech and frequency HanLP will give it. */
    public record Entry(String word, String pos, int frequency) implements Serializable {
        String attribute() {
            return pos + " " + frequency;
        }
    }

    /** A dictionary line that cannot be used. */
    public static final class DictionaryException extends IllegalArgumentException {
        public DictionaryException(String message) {
            super(message);
        }
    }

    private UserDictionary() {
    }

    public static List<Entry> load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DictionaryException(file + ": cannot read user dictionary (" + e.getMessage() + ")");
        }
        return parse(file.toString(), text);
    }

    public static List<Entry> parse(String name, String text) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.replace("\uFEFF", "").split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("[\\s\\u3000]+");
            String where = name + ":" + (i + 1) + ": ";
            if (parts.length > 3) {
                throw new DictionaryException(where + "expected 'word [pos [frequency]]', got " + parts.length + " fields: " + line);
            }
            String pos = parts.length > 1 ? parts[1] : DEFAULT_POS;
            if (Nature.fromString(pos) == null) {
                throw new DictionaryException(where + "unknown part of speech '" + pos + "' (HanLP tags such as n, nz, nt, ns, nr, vn)");
            }
            int freq = DEFAULT_FREQUENCY;
            if (parts.length > 2) {
                try {
                    freq = Integer.parseInt(parts[2]);
                } catch (NumberFormatException e) {
                    throw new DictionaryException(where + "frequency '" + parts[2] + "' is not a whole number");
                }
                if (freq <= 0) {
                    throw new DictionaryException(where + "frequency must be positive, got " + freq);
                }
            }
            entries.add(new Entry(parts[0], pos, freq));
        }
        return entries;
    }
}
