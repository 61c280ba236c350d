package broadsheet.entities;

import broadsheet.nlp.Token;
import com.hankcs.hanlp.model.perceptron.NERTrainer;
import com.hankcs.hanlp.model.perceptron.feature.MutableFeatureMap;
import com.hankcs.hanlp.model.perceptron.instance.Instance;
import com.hankcs.hanlp.model.perceptron.model.LinearModel;
import com.hankcs.hanlp.model.perceptron.tagset.NERTagSet;

import com.hankcs.hanlp.corpus.io.ByteArray;
import com.hankcs.hanlp.model.perceptron.feature.FeatureMap;
import com.hankcs.hanlp.model.perceptron.feature.ImmutableFeatureMDatMap;
import com.hankcs.hanlp.model.perceptron.tagset.TagSet;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Trains the {@link PerceptronNer} model on PKU 1998-01 days 01..26 re-segmented by the pipeline's
 * own HanLP segmenter: gold entities are projected onto HanLP tokens (an entity whose edges do not fall
 * on token edges is lost and counted). One thread (averaged perceptron).
 *
 * <p>Usage: {@code NerTrainer <corpus.utf8.txt> <model-out.bin.gz> [iterations=50] [lastTrainDay=26] [refineTokens=true]}
 * (tokens are refined by {@link TokenRefiner} as the extractor does by default).
 *
 * <p>The model is derived from the PFR corpus (research and non-commercial use only): keep it out of
 * the repository until the licence question is settled.
 */
public final class NerTrainer {
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: NerTrainer <people-daily-1998-01.utf8.txt> <model.bin.gz> [iterations] [lastTrainDay]");
            System.exit(2);
        }
        Path corpus = Path.of(args[0]);
        if (!Files.exists(corpus)) {
            System.err.println("corpus absent: " + corpus + " (nothing trained)");
            System.exit(3);
        }
        Path out = Path.of(args[1]);
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int lastDay = args.length > 3 ? Integer.parseInt(args[3]) : 26;
        boolean refine = args.length <= 4 || Boolean.parseBoolean(args[4]);
        long t0 = System.nanoTime();
        List<PkuCorpus.Paragraph> paras = PkuCorpus.read(corpus);
        List<String[][]> data = new ArrayList<>();
        int gold = 0, lost = 0;
        for (PkuCorpus.Paragraph p : paras) {
            if (!PkuCorpus.inDays(p, 1, lastDay)) continue;
            List<Token> toks = HanlpTokens.tokens(p.text());
            if (refine) toks = TokenRefiner.refine(toks);
            String[] tags = new String[toks.size()];
            Arrays.fill(tags, "O");
            for (PkuCorpus.GoldEntity e : p.entities()) {
                gold++;
                int i = indexStartingAt(toks, e.start()), j = indexEndingAt(toks, e.end());
                if (i < 0 || j < 0 || j < i) { lost++; continue; }
                String l = e.type().label();
                if (i == j) tags[i] = "S-" + l;
                else {
                    tags[i] = "B-" + l;
                    for (int k = i + 1; k < j; k++) tags[k] = "M-" + l;
                    tags[j] = "E-" + l;
                }
            }
            String[] w = new String[toks.size()], pos = new String[toks.size()];
            for (int k = 0; k < w.length; k++) { w[k] = toks.get(k).word(); pos[k] = toks.get(k).pos(); }
            if (w.length > 0) data.add(new String[][]{w, pos, tags});
        }
        System.err.printf("training sentences %d, gold entities %d, not aligned to HanLP tokens %d (%.1f%%), prep %.1fs%n",
                data.size(), gold, lost, 100.0 * lost / gold, (System.nanoTime() - t0) / 1e9);
        train(data, iterations, out);
        System.err.printf("model written to %s (%d bytes) in %.1fs%n", out, Files.size(out), (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Trains an averaged perceptron (one thread) on sentences given as {words, POS tags, NER tags}
     * (tags O, S-nr/S-ns/S-nt, B-/M-/E-) and writes it gzipped to {@code out}.
     */
    public static void train(List<String[][]> data, int iterations, Path out) throws IOException {
        train(data, iterations, out, true);
    }

    static void train(List<String[][]> data, int iterations, Path out, boolean dropZeroFeatures) throws IOException {
        Path tmp = Files.createTempFile("ner", ".bin");
        try {
            new Trainer(data).train("in-memory", "none", tmp.toString(), 0.0, iterations, 1);
            if (dropZeroFeatures) writeWithoutZeroFeatures(Files.readAllBytes(tmp), out);
            else try (var os = new GZIPOutputStream(Files.newOutputStream(out))) { Files.copy(tmp, os); }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Writes the model gzipped without the features whose weights are all zero. The perceptron only changes a feature's
     * weights when a sentence holding it is tagged wrong, so most features (about nine in ten on People's Daily) keep
     * zero weights: they change no score, yet each costs the feature map and 13 floats in every executor. Scores, and
     * so tags, stay exactly the same (a zero weight adds nothing). HanLP's own compression instead drops features
     * with small weights, which costs accuracy (held-out F1 .899 to .892 measured).
     */
    static void writeWithoutZeroFeatures(byte[] model, Path out) throws IOException {
        LinearModel m = new LinearModel((FeatureMap) null, (float[]) null);
        if (!m.load(new ByteArray(model))) throw new IOException("not a HanLP linear model");
        TagSet tags = m.featureMap.tagSet;
        int labels = tags.size(), reserved = tags.sizeIncludingBos();
        List<Map.Entry<String, Integer>> kept = new ArrayList<>();
        for (Map.Entry<String, Integer> e : m.featureMap.entrySet()) {
            int id = e.getValue();
            boolean zero = id >= reserved;
            for (int j = 0; zero && j < labels; j++) zero = m.parameter[id * labels + j] == 0f;
            if (!zero) kept.add(e);
        }
        kept.sort(Map.Entry.comparingByValue());
        Map<String, Integer> ids = new LinkedHashMap<>();
        float[] weights = new float[kept.size() * labels];
        for (Map.Entry<String, Integer> e : kept) {
            int id = ids.size();
            ids.put(e.getKey(), id);
            System.arraycopy(m.parameter, e.getValue() * labels, weights, id * labels, labels);
        }
        for (int id = 0; id < reserved; id++) {
            if (!ids.containsValue(id)) throw new IOException("model lost its label feature " + id);
        }
        LinearModel pruned = new LinearModel(new ImmutableFeatureMDatMap(ids, tags), weights);
        try (DataOutputStream os = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(out)), 1 << 16))) {
            pruned.save(os);
        }
    }

    static int indexStartingAt(List<Token> toks, int off) {
        for (int i = 0; i < toks.size(); i++) if (toks.get(i).offset() == off) return i; else if (toks.get(i).offset() > off) break;
        return -1;
    }

    static int indexEndingAt(List<Token> toks, int end) {
        for (int i = 0; i < toks.size(); i++) if (toks.get(i).end() == end) return i; else if (toks.get(i).end() > end) break;
        return -1;
    }

    private static final class Trainer extends NERTrainer {
        private final List<String[][]> data;

        Trainer(List<String[][]> data) { this.data = data; }

        @Override
        protected Instance[] loadTrainInstances(String path, MutableFeatureMap featureMap) {
            NERTagSet tagSet = (NERTagSet) featureMap.tagSet;
            Instance[] out = new Instance[data.size()];
            for (int i = 0; i < out.length; i++) {
                String[][] d = data.get(i);
                out[i] = new NerFeatures(d[0], d[1], d[2], tagSet, featureMap);
            }
            return out;
        }

        @Override
        protected double[] evaluate(String developFile, LinearModel model) {
            return new double[]{0, 0, 0};
        }
    }
}
