package broadsheet.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * User alias and exclusion lists.
 * <ul>
 *   <li>Aliases (TSV, UTF-8): {@code alias<TAB>canonical[<TAB>PERSON|PLACE|ORGANIZATION]}. The alias
 *   surface is looked up in the text (when a type is given, or when the canonical name is itself found
 *   as an entity) and every mention whose surface is the alias gets the canonical name.</li>
 *   <li>Exclusions: one surface per line; a mention with that surface (or canonical name) is never emitted.</li>
 * </ul>
 * Blank lines and lines starting with {@code #} are ignored. Errors name the source and line number.
 */
public final class UserLists {
    private UserLists() {}

    public record Alias(String alias, String canonical, EntityType type) implements java.io.Serializable {}

    public static Map<String, Alias> loadAliases(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parseAliases(file.toString(), r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read alias file " + file + ": " + e.getMessage(), e);
        }
    }

    public static Map<String, Alias> parseAliases(String source, String text) {
        return parseAliases(source, new StringReader(text));
    }

    public static Map<String, Alias> parseAliases(String source, Reader reader) {
        Map<String, Alias> out = new LinkedHashMap<>();
        try {
            BufferedReader r = new BufferedReader(reader);
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (n == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') line = line.substring(1);
                if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length < 2 || f.length > 3) {
                    throw new IllegalArgumentException(source + ":" + n + ": expected 'alias<TAB>canonical[<TAB>TYPE]' but found "
                            + f.length + " field(s): '" + line + "'");
                }
                String alias = f[0].strip(), canonical = f[1].strip();
                if (alias.isEmpty() || canonical.isEmpty()) {
                    throw new IllegalArgumentException(source + ":" + n + ": empty alias or canonical name: '" + line + "'");
                }
                EntityType type = null;
                if (f.length == 3 && !f[2].isBlank()) {
                    try {
                        type = EntityType.valueOf(f[2].strip().toUpperCase(java.util.Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(source + ":" + n + ": unknown type '" + f[2].strip()
                                + "' (expected PERSON, PLACE or ORGANIZATION)");
                    }
                }
                Alias prev = out.get(alias);
                if (prev != null && !prev.canonical().equals(canonical)) {
                    throw new IllegalArgumentException(source + ":" + n + ": alias '" + alias + "' already maps to '"
                            + prev.canonical() + "', cannot also map to '" + canonical + "'");
                }
                out.put(alias, new Alias(alias, canonical, type));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(out);
    }

    public static Set<String> loadExclusions(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parseExclusions(file.toString(), r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read exclusion file " + file + ": " + e.getMessage(), e);
        }
    }

    public static Set<String> parseExclusions(String source, String text) {
        return parseExclusions(source, new StringReader(text));
    }

    public static Set<String> parseExclusions(String source, Reader reader) {
        Set<String> out = new LinkedHashSet<>();
        try {
            BufferedReader r = new BufferedReader(reader);
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (n == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') line = line.substring(1);
                if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
                String s = line.strip();
                if (s.indexOf('\t') >= 0) {
                    throw new IllegalArgumentException(source + ":" + n + ": exclusion lines hold one surface, found a tab: '" + line + "'");
                }
                out.add(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableSet(out);
    }
}
