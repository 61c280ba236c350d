package broadsheet.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/** Word lists shipped as resources under {@code broadsheet/entities/}. Immutable, one per JVM. */
public final class Lexicon {
    private static volatile Lexicon instance;

    private final Set<String> surnames;
    private final Set<String> compoundSurnames;
    private final Set<String> titles;
    private final Set<String> notPersons;
    private final Set<String> orgSuffixes;
    private final Set<String> places;
    private final int maxTitleLength;

    private Lexicon() {
        Set<String> s = read("surnames.txt");
        Set<String> single = new HashSet<>(), compound = new HashSet<>();
        for (String x : s) (x.length() == 1 ? single : compound).add(x);
        surnames = Collections.unmodifiableSet(single);
        compoundSurnames = Collections.unmodifiableSet(compound);
        titles = Collections.unmodifiableSet(read("titles.txt"));
        notPersons = Collections.unmodifiableSet(read("not-persons.txt"));
        orgSuffixes = Collections.unmodifiableSet(read("org-suffixes.txt"));
        places = Collections.unmodifiableSet(read("places.txt"));
        maxTitleLength = titles.stream().mapToInt(String::length).max().orElse(0);
    }

    public static Lexicon get() {
        Lexicon l = instance;
        if (l == null) {
            synchronized (Lexicon.class) {
                if (instance == null) instance = new Lexicon();
                l = instance;
            }
        }
        return l;
    }

    private static Set<String> read(String name) {
        String path = "/broadsheet/entities/" + name;
        Set<String> out = new LinkedHashSet<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                for (String w : line.split("\\s+")) if (!w.isEmpty()) out.add(w);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public boolean isSurname(String s) { return surnames.contains(s); }
    public boolean isCompoundSurname(String s) { return compoundSurnames.contains(s); }

    /** True when the name starts with a known single or compound surname. */
    public boolean startsWithSurname(String name) {
        if (name.length() >= 3 && compoundSurnames.contains(name.substring(0, 2))) return true;
        return !name.isEmpty() && surnames.contains(name.substring(0, 1));
    }

    public boolean isTitle(String w) { return titles.contains(w); }
    public int maxTitleLength() { return maxTitleLength; }
    public boolean isNotPerson(String w) { return notPersons.contains(w); }
    public boolean isPlace(String w) { return places.contains(w); }
    public Set<String> places() { return places; }

    /** The longest organisation suffix the word ends with, or null. */
    public String orgSuffixOf(String word) {
        String best = null;
        for (int len = Math.min(word.length(), 8); len >= 1; len--) {
            String tail = word.substring(word.length() - len);
            if (orgSuffixes.contains(tail)) { best = tail; break; }
        }
        return best;
    }
}
