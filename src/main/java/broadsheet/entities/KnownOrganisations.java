package broadsheet.entities;

import broadsheet.entities.EntityMention.Methods;
import broadsheet.nlp.Token;
import com.hankcs.hanlp.dictionary.CoreDictionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static broadsheet.entities.Candidate.*;

/**
 * Candidates: well-known organisations by the names news uses for them, from a curated list
 * ({@code known-organisations.txt}: regulators, exchanges and big banks; football's bodies, leagues and clubs; China's
 * central bodies) or, for
 * {@link #ARMED_FORCES}, from a small grammar (a country or its one-character abbreviation and a service: 美军,
 * 美国海军, 俄空军). HanLP's dictionary tags most of them as common words or abbreviations, so the base tags miss them.
 * A name is taken only over whole tokens (not 组建|行业 for 建行), and not inside a longer organisation another rule
 * found (工行|北京分行). The canonical form is the full name (工行 → 中国工商银行). Each group is its own switchable rule.
 */
final class KnownOrganisations implements EntityRule.PerSentence {
    static final String FINANCE = "finance-names", FOOTBALL = "football-clubs", ARMED_FORCES = "armed-forces",
            GOVERNMENT = "government-bodies";

    /** A known name: the canonical full name, and whether People's Daily writes it as a plain word (abbreviations). */
    record Known(String canonical, boolean abbreviation) {}

    private final String name;
    /** Loaded once with {@link EntityExtractor#RULES}, read-only afterwards: safe to share between threads. */
    private final Map<String, Known> names;
    private final int maxLength;
    /** First two characters of every listed name (lower case, as looked up). */
    private final CharPairSet starts;

    KnownOrganisations(String name) {
        this.name = name;
        this.names = switch (name) {
            case FINANCE -> load("finance");
            case FOOTBALL -> load("football");
            case ARMED_FORCES -> armedForces();
            case GOVERNMENT -> government();
            default -> throw new IllegalArgumentException("no known-organisation list " + name);
        };
        this.maxLength = names.keySet().stream().mapToInt(String::length).max().orElse(0);
        this.starts = new CharPairSet(names.keySet());
    }

    @Override public String name() { return name; }

    @Override public Kind kind() { return Kind.CANDIDATES; }

    @Override
    public void apply(Document doc, Sentence s) { candidates(s); }

    Map<String, Known> names() { return names; }

    void candidates(Sentence s) {
        Map<String, Known> known = names;
        String lower = s.text.toLowerCase(Locale.ROOT);
        for (int i = 0; i + 1 < s.text.length(); i++) {
            // most positions start no listed name: ruled out before any token lookup or substring
            if (!starts.contains(lower.charAt(i), lower.charAt(i + 1))) continue;
            if (!s.starts.get(i) && !gluedEdge(s, i, true, known, lower)) continue;
            // after a division's character it names a local body or branch, not the national one (区|发改委, 市|农行)
            if (i > 0 && LOCAL_PREFIXES.indexOf(s.text.charAt(i - 1)) >= 0) continue;
            for (int len = Math.min(maxLength, s.text.length() - i); len >= 2; len--) {
                int end = i + len;
                Known k = known.get(lower.substring(i, end));
                if (k == null || !s.ends.get(end) && !gluedEdge(s, end, false, known, lower)) continue;
                if (insideLongerOrganisation(s, i, end, !s.starts.get(i) || !s.ends.get(end))) break; // 中国人民银行|无锡市分行: the branch is the name
                Candidate c = new Candidate(i, end, EntityType.ORGANIZATION,
                        k.abbreviation() ? Methods.KNOWN_ABBREVIATION : Methods.KNOWN_NAME, P_ORG, false);
                c.canonical = k.canonical();
                s.cands.add(c);
                break;
            }
        }
    }

    static final String LOCAL_PREFIXES = "省市县区州镇乡村";

    /**
     * An edge inside a token is one when HanLP's recognisers glued a character to the name in a word of their own guess
     * (客户向工行申请: 向工行/nt): the token is no dictionary word, is tagged as a name, and what
     * the edge cuts off on the other side is one character or another known name (not a province's
     * name before 农行 in one token: a branch of its own). Never inside dictionary words (招|行规).
     */
    static boolean gluedEdge(Sentence s, int at, boolean start, Map<String, Known> known, String lower) {
        int ti = s.tokenAt(at);
        if (ti < 0) return false;
        Token t = s.toks.get(ti);
        String pos = t.pos();
        if (!(pos.startsWith("nr") || pos.startsWith("nt") || pos.startsWith("ns") || pos.equals("nz"))) return false;
        if (CoreDictionary.contains(t.word())) return false;
        // the part of the token the edge cuts off: before a start, after an end (not a place before 农行)
        String cutOff = start ? lower.substring(t.offset(), at) : lower.substring(at, t.end());
        return cutOff.length() == 1 || known.containsKey(cutOff);
    }

    /** Another rule's organisation around the name; when the name cuts a token, not the guess HanLP glued to it (向工行/nt). */
    static boolean insideLongerOrganisation(Sentence s, int start, int end, boolean cut) {
        for (Candidate c : s.cands)
            if (c.type == EntityType.ORGANIZATION && c.start <= start && end <= c.end && c.end - c.start > end - start
                    && !(cut && c.isBase() && gluedGuess(s, c))) return true;
        return false;
    }

    private static boolean gluedGuess(Sentence s, Candidate c) {
        return c.toTok == c.fromTok + 1 && !CoreDictionary.contains(s.toks.get(c.fromTok).word());
    }

    /** Countries whose forces world news names; with their one-character abbreviations where news uses them (美军). */
    static final Map<String, String> FORCE_COUNTRIES = Map.ofEntries(Map.entry("美国", "美"), Map.entry("俄罗斯", "俄"),
            Map.entry("日本", "日"), Map.entry("英国", "英"), Map.entry("法国", "法"), Map.entry("德国", "德"), Map.entry("印度", "印"),
            Map.entry("以色列", "以"), Map.entry("韩国", "韩"), Map.entry("朝鲜", "朝"), Map.entry("伊朗", ""), Map.entry("伊拉克", ""),
            Map.entry("巴基斯坦", "巴"), Map.entry("澳大利亚", "澳"), Map.entry("加拿大", ""), Map.entry("中国", ""), Map.entry("北约", ""));
    static final List<String> SERVICES = List.of("海军", "陆军", "空军", "海军陆战队", "军队", "武装部队");

    /**
     * 美国海军, 俄罗斯空军: a country and a service is a name; 美军, 美海军, 日军: the abbreviation with 军 or a service is
     * one People's Daily writes as a plain noun (美军/n); 解放军 likewise.
     */
    static Map<String, Known> armedForces() {
        Map<String, Known> m = new HashMap<>();
        for (Map.Entry<String, String> c : FORCE_COUNTRIES.entrySet()) {
            for (String svc : SERVICES) m.put(c.getKey() + svc, new Known(c.getKey() + svc, false));
            String a = c.getValue();
            if (a.isEmpty()) continue;
            m.put(a + "军", new Known(c.getKey() + "军队", true));
            for (String svc : List.of("海军", "陆军", "空军")) m.put(a + svc, new Known(c.getKey() + svc, true));
        }
        m.put("中国人民解放军", new Known("中国人民解放军", false));
        m.put("人民解放军", new Known("中国人民解放军", true));
        m.put("解放军", new Known("中国人民解放军", true));
        return Map.copyOf(m);
    }

    /** Foreign governments' bodies world news names with the country (美国国防部, 日本外务省); China's from the list. */
    static final List<String> FOREIGN_BODIES = List.of("国防部", "外交部", "财政部", "国务院", "国会", "议会", "政府", "外务省", "防卫省");

    /** China's central bodies from the list, and a foreign country with one of its bodies (美国国防部, 俄罗斯外交部). */
    static Map<String, Known> government() {
        Map<String, Known> m = new HashMap<>(load("government"));
        for (String country : FORCE_COUNTRIES.keySet()) {
            if (country.equals("中国") || country.equals("北约")) continue;
            for (String body : FOREIGN_BODIES) m.put(country + body, new Known(country + body, false));
        }
        return Map.copyOf(m);
    }

    static Map<String, Known> load(String group) {
        String path = "/broadsheet/entities/known-organisations.txt";
        Map<String, Known> m = new HashMap<>();
        try (InputStream in = KnownOrganisations.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("resource " + path + " missing");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length < 3) throw new IllegalStateException(path + ": bad line: " + line);
                if (f[0].equals(group)) m.put(f[1].toLowerCase(Locale.ROOT), new Known(f[2], f.length > 3 && f[3].equals("abbr")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (m.isEmpty()) throw new IllegalStateException(path + ": no names in group " + group);
        return Map.copyOf(m);
    }
}
