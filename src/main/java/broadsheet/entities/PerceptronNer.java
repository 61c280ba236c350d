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
    private final LinearModel model;
    private final float[] weights;
    private final int labels, bos;
    private final NerFeatureIndex index;

    private PerceptronNer(PerceptronNERecognizer recognizer) {
        this.recognizer = recognizer;
        this.model = recognizer.getModel();
        this.weights = model.parameter;
        this.labels = model.featureMap.tagSet.size();
        this.bos = model.featureMap.bosTag();
        this.index = NerFeatureIndex.of(model.featureMap);
        int[] all = model.featureMap.allLabels();
        for (int j = 0; j < all.length; j++) {
            if (all[j] != j) throw new IllegalArgumentException("unexpected NER tag set: label " + j + " has id " + all[j]);
        }
    }

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

    /**
     * Viterbi decoding with the same scores, order of additions and tie-breaking as HanLP's
     * {@code LinearModel.viterbiDecode}, which re-adds every feature's weight for each pair of labels (labels² × features
     * look-ups per word); here the word's own features are added once per label and only the transition weight per
     * pair (labels × features + labels²), several times faster with the same tags.
     */
    String[] decode(int[][] features) {
        int n = features.length, L = labels;
        if (n == 0) return new String[0];
        int[][] back = new int[n][L];
        double[] prev = new double[L], cur = new double[L], emit = new double[L];
        for (int i = 0; i < n; i++) {
            int[] f = features[i];
            int last = f.length - 1; // the transition slot: the previous label's feature id
            for (int j = 0; j < L; j++) {
                double e = 0;
                for (int k = 0; k < last; k++) if (f[k] != -1) e += weights[f[k] * L + j];
                emit[j] = e;
            }
            if (i == 0) {
                for (int j = 0; j < L; j++) { cur[j] = emit[j] + weights[bos * L + j]; back[0][j] = j; }
            } else {
                for (int j = 0; j < L; j++) {
                    double best = Integer.MIN_VALUE;
                    int arg = 0;
                    for (int p = 0; p < L; p++) {
                        double s = prev[p] + (emit[j] + weights[p * L + j]);
                        if (best < s) { best = s; arg = p; }
                    }
                    cur[j] = best;
                    back[i][j] = arg;
                }
            }
            double[] t = prev; prev = cur; cur = t;
        }
        int arg = 0;
        for (int j = 1; j < L; j++) if (prev[arg] < prev[j]) arg = j;
        String[] out = new String[n];
        for (int i = n - 1; i >= 0; i--) {
            out[i] = model.featureMap.tagSet.stringOf(arg);
            arg = back[i][arg];
        }
        return out;
    }

    FeatureMap featureMap() { return model.featureMap; }

    NerFeatureIndex index() { return index; }

    /** HanLP's own decoder, kept to check {@link #decode} against. */
    String[] decodeWithHanlp(String[] words, String[] pos) {
        return recognizer.recognize(new NerFeatures(words, pos, model.featureMap));
    }

    /** A span of tokens [from, to) with a type. */
    public record Span(int from, int to, EntityType type) {}

    public List<Span> recognize(List<Token> tokens) {
        List<Span> out = new ArrayList<>();
        if (tokens.isEmpty()) return out;
        String[] words = new String[tokens.size()];
        String[] pos = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) { words[i] = tokens.get(i).word(); pos[i] = tokens.get(i).pos(); }
        String[] tags = decode(index.features(words, pos));
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
