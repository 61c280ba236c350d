package broadsheet.entities;

import broadsheet.nlp.Token;
import com.hankcs.hanlp.corpus.io.ByteArray;
import com.hankcs.hanlp.model.perceptron.PerceptronNERecognizer;
import com.hankcs.hanlp.model.perceptron.feature.FeatureMap;
import com.hankcs.hanlp.model.perceptron.model.LinearModel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * A structured-perceptron NER model over the pipeline's own words and POS tags (trained by
 * {@link NerTrainer}). Tags: O, S-nr/S-ns/S-nt for one-word entities, B-/M-/E- for multi-word ones.
 * Models are cached per JVM by path; decoding is thread-safe (no shared mutable state).
 */
public final class PerceptronNer {
    private static final Map<String, PerceptronNer> CACHE = new ConcurrentHashMap<>();
    private final PerceptronNERecognizer recognizer;

    private PerceptronNer(PerceptronNERecognizer recognizer) { this.recognizer = recognizer; }

    public static PerceptronNer load(Path modelFile) {
        return CACHE.computeIfAbsent(modelFile.toAbsolutePath().toString(), k -> {
            try (InputStream raw = Files.newInputStream(modelFile)) {
                InputStream in = k.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
                byte[] bytes = in.readAllBytes();
                LinearModel model = new LinearModel((FeatureMap) null, (float[]) null);
                if (!model.load(new ByteArray(bytes))) throw new IOException("not a HanLP linear model: " + k);
                return new PerceptronNer(new PerceptronNERecognizer(model));
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot load NER model " + k + ": " + e.getMessage(), e);
            }
        });
    }

    /** A span of tokens [from, to) with a type. */
    public record Span(int from, int to, EntityType type) {}

    public List<Span> recognize(List<Token> tokens) {
        List<Span> out = new ArrayList<>();
        if (tokens.isEmpty()) return out;
        String[] words = new String[tokens.size()];
        String[] pos = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) { words[i] = tokens.get(i).word(); pos[i] = tokens.get(i).pos(); }
        String[] tags = recognizer.recognize(new NerFeatures(words, pos, recognizer.getModel().featureMap));
        int open = -1;
        String openLabel = null;
        for (int i = 0; i < tags.length; i++) {
            String t = tags[i];
            char c = t.charAt(0);
            String label = t.length() > 2 ? t.substring(2) : null;
            if (c == 'S' && label != null) {
                EntityType et = EntityType.fromPos(label);
                if (et != null) out.add(new Span(i, i + 1, et));
                open = -1;
            } else if (c == 'B') {
                open = i; openLabel = label;
            } else if (c == 'M') {
                if (open < 0 || !label.equals(openLabel)) open = -1;
            } else if (c == 'E') {
                if (open >= 0 && label.equals(openLabel)) {
                    EntityType et = EntityType.fromPos(label);
                    if (et != null) out.add(new Span(open, i + 1, et));
                }
                open = -1;
            } else {
                open = -1;
            }
        }
        return out;
    }
}
