package broadsheet.entities;

import broadsheet.nlp.Token;
import com.hankcs.hanlp.model.perceptron.NERTrainer;
import com.hankcs.hanlp.model.perceptron.feature.MutableFeatureMap;
import com.hankcs.hanlp.model.perceptron.instance.Instance;
import com.hankcs.hanlp.model.perceptron.model.LinearModel;
import com.hankcs.hanlp.model.perceptron.tagset.NERTagSet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
        Path tmp = Files.createTempFile("ner", ".bin");
        try {
            new Trainer(data).train("in-memory", "none", tmp.toString(), 0.0, iterations, 1);
            try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(out))) {
                Files.copy(tmp, os);
            }
        } finally {
            Files.deleteIfExists(tmp);
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
