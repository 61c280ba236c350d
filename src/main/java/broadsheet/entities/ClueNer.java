package broadsheet.entities;

import broadsheet.nlp.Token;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * CLUENER2020 ({@code ../shared/corpora/cluener2020-*.jsonl}: Sina news snippets of 2005–2011, one JSON record a line,
 * inclusive offsets) read and scored under Broadsheet's conventions. The mapping:
 * <ul>
 *   <li>{@code name} → PERSON, scored exactly (span and type);</li>
 *   <li>{@code company}, {@code organization}, {@code government} → ORGANIZATION, scored exactly;</li>
 *   <li>{@code address} → PLACE, scored leniently: CLUENER's addresses run from province to street
 *       ({@code 北京市海淀区中关村大街}) where Broadsheet names each division, so a predicted place is right when it
 *       overlaps a gold address, and a gold address is found when some predicted place overlaps it;</li>
 *   <li>{@code position}, {@code scene}, {@code book}, {@code game}, {@code movie}: no Broadsheet type; a prediction
 *       overlapping one of them is not scored (a person named in a film title is neither right nor wrong here).</li>
 * </ul>
 * A development signal for tuning rules on modern news, never training data (its terms: research use; not ours).
 */
public final class ClueNer {
    private ClueNer() {}

    /** One gold span, end exclusive; type null when the label has no Broadsheet type (position, scene, book, game, movie). */
    public record Span(int start, int end, String label, EntityType type) {
        boolean overlaps(int s, int e) { return start < e && s < end; }
    }

    public record Record(int line, String text, List<Span> gold) {}

    /** The documented label mapping; null for labels left unscored. */
    static EntityType map(String label) {
        return switch (label) {
            case "name" -> EntityType.PERSON;
            case "company", "organization", "government" -> EntityType.ORGANIZATION;
            case "address" -> EntityType.PLACE;
            default -> null;
        };
    }

    public static List<Record> read(Path file) throws IOException {
        List<Record> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) continue;
            out.add(parse(json.readTree(line), file.getFileName() + ":" + n, n));
        }
        return out;
    }

    static Record parse(JsonNode r, String where, int line) {
        String text = r.path("text").asText(null);
        if (text == null) throw new IllegalArgumentException(where + ": no text");
        List<Span> gold = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> types = r.path("label").fields(); types.hasNext(); ) {
            Map.Entry<String, JsonNode> t = types.next();
            for (Iterator<Map.Entry<String, JsonNode>> ss = t.getValue().fields(); ss.hasNext(); ) {
                Map.Entry<String, JsonNode> s = ss.next();
                for (JsonNode se : s.getValue()) {
                    int a = se.get(0).asInt(), b = se.get(1).asInt() + 1; // inclusive end in the file
                    if (a < 0 || b > text.length() || !text.substring(a, b).equals(s.getKey()))
                        throw new IllegalArgumentException(where + ": span [" + a + "," + (b - 1) + "] is not '" + s.getKey() + "'");
                    gold.add(new Span(a, b, t.getKey(), map(t.getKey())));
                }
            }
        }
        gold.sort(java.util.Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        return new Record(line, text, gold);
    }

    /** Counts per type: predictions right, predictions scored, gold found, gold (precision = [0]/[1], recall = [2]/[3]). */
    public static final class Score {
        final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);

        Score() { for (EntityType t : EntityType.values()) counts.put(t, new int[4]); }

        int[] of(EntityType t) { return counts.get(t); }

        int[] all() {
            int[] a = new int[4];
            for (int[] k : counts.values()) for (int i = 0; i < 4; i++) a[i] += k[i];
            return a;
        }

        static double[] prf(int[] k) {
            double p = k[1] == 0 ? 0 : (double) k[0] / k[1], r = k[3] == 0 ? 0 : (double) k[2] / k[3];
            return new double[]{p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
        }

        public double f1() { return prf(all())[2]; }

        public double[] prf(EntityType t) { return prf(of(t)); }
    }

    /** The mentions of one record, extracted as the pipeline does (one sentence: records are snippets of ~37 chars). */
    static List<EntityMention> extract(EntityExtractor x, Record r) {
        List<Token> toks = HanlpTokens.tokens(r.text());
        return x.extract(null, List.of(r.text()), List.of(toks), List.of());
    }

    /** Scores the predictions of one record into {@code score}; calls {@code error} for each wrong or missed entity. */
    static void score(Record r, List<EntityMention> predicted, Score score, ErrorSink error) {
        List<EntityMention> scored = new ArrayList<>();
        for (EntityMention m : predicted) {
            if (m.sentenceIdx() != 0) continue;
            boolean unscored = false;
            for (Span g : r.gold()) if (g.type() == null && g.overlaps(m.start(), m.end())) { unscored = true; break; }
            if (!unscored) scored.add(m);
        }
        for (EntityMention m : scored) {
            int[] k = score.of(m.type());
            k[1]++;
            boolean right = false;
            for (Span g : r.gold()) {
                if (g.type() != m.type()) continue;
                if (m.type() == EntityType.PLACE ? g.overlaps(m.start(), m.end()) : g.start() == m.start() && g.end() == m.end()) { right = true; break; }
            }
            if (right) k[0]++;
            else if (error != null) error.accept("FP", m.type(), m.surface(), m.method(), r);
        }
        for (Span g : r.gold()) {
            if (g.type() == null) continue;
            int[] k = score.of(g.type());
            k[3]++;
            boolean found = false;
            for (EntityMention m : scored) {
                if (m.type() != g.type()) continue;
                if (g.type() == EntityType.PLACE ? g.overlaps(m.start(), m.end()) : g.start() == m.start() && g.end() == m.end()) { found = true; break; }
            }
            if (found) k[2]++;
            else if (error != null) error.accept("FN", g.type(), r.text().substring(g.start(), g.end()), g.label(), r);
        }
    }

    interface ErrorSink {
        void accept(String kind, EntityType type, String surface, String methodOrLabel, Record r);
    }

    /** Scores an extractor over all records. */
    public static Score score(EntityExtractor x, List<Record> records, ErrorSink error) {
        Score s = new Score();
        for (Record r : records) score(r, extract(x, r), s, error);
        return s;
    }
}
