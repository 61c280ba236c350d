package broadsheet.entities;

import broadsheet.nlp.Token;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Exact-span evaluation on PKU/PFR People's Daily 1998-01, held-out days 27..31 (an entity counts when
 * sentence, start, end and type all match). Compares HanLP's HMM role tagging (the baseline) with the
 * extractor in several configurations, and measures extraction speed on one thread.
 *
 * Then scores the main configurations on the city news written for Broadsheet, {@code src/eval/city-news-dev.txt}
 * and {@code src/eval/city-news-test.txt} (see {@link MarkedText}).
 *
 * <p>Usage: {@code EntityEvaluation [corpus.utf8.txt] [ner-model.bin.gz] [fromDay=27] [toDay=31] [marked-text files…]}
 */
public final class EntityEvaluation {
    public static final String DEFAULT_CORPUS = "../shared/corpora/people-daily-1998-01.utf8.txt";
    public static final String DEFAULT_MODEL = "build/models/ner-d01-26.bin.gz";
    /** City news written for Broadsheet: the development set (rules tuned on it) and the held-out test set. */
    public static final List<String> DEFAULT_CITY_NEWS = List.of("src/eval/city-news-dev.txt", "src/eval/city-news-test.txt");

    static String PFX = "";
    /** Rules that act only with a model: no ablation row without one. */
    /** Methods whose mentions People's Daily 1998 writes as abbreviations or plain words: not scored in the mapping rows. */
    static final java.util.Set<String> PKU_UNSCORED = java.util.Set.of(EntityMention.Methods.ABBREVIATION, EntityMention.Methods.KNOWN_ABBREVIATION);
    static final java.util.Set<String> MODEL_ONLY_RULES = java.util.Set.of("hmm-org-fill", "org-suffix-over-model");

    record Doc(String headline, List<String> sentences, List<List<Token>> tokens, List<Set<String>> gold) {}

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : DEFAULT_CORPUS);
        Path model = Path.of(args.length > 1 ? args[1] : DEFAULT_MODEL);
        int from = args.length > 2 ? Integer.parseInt(args[2]) : 27, to = args.length > 3 ? Integer.parseInt(args[3]) : 31;
        List<String> cityFiles = args.length > 4 ? List.of(args).subList(4, args.length) : DEFAULT_CITY_NEWS;
        if (!Files.isRegularFile(corpus)) {
            System.out.println("CORPUS ABSENT: " + corpus + " — nothing evaluated.");
            return;
        }
        List<PkuCorpus.Paragraph> paras = new ArrayList<>();
        for (PkuCorpus.Paragraph p : PkuCorpus.read(corpus)) if (PkuCorpus.inDays(p, from, to)) paras.add(p);
        HanlpTokens.tokens("预热分词器。");
        Map<EntityType, Integer> misaligned = new EnumMap<>(EntityType.class);
        List<Doc> docs = docs(PkuCorpus.articles(paras), misaligned);
        long chars = chars(docs);
        int goldCount = docs.stream().mapToInt(d -> d.gold.stream().mapToInt(Set::size).sum()).sum();
        // time the segmenter again, warmed up (the first pass also paid for JIT and dictionary loading)
        long segNanos = 0;
        for (PkuCorpus.Paragraph p : paras) {
            long t0 = System.nanoTime();
            HanlpTokens.tokens(p.text());
            segNanos += System.nanoTime() - t0;
        }
        double segRate = chars / (segNanos / 1e9);
        System.out.printf("PKU 1998-01 days %02d..%02d: %d articles, %d paragraphs, %,d chars, %d gold entities%n",
                from, to, docs.size(), paras.size(), chars, goldCount);
        System.out.printf("gold entities whose edges are not HanLP token edges (out of reach of token-level tagging): %s%n", misaligned);
        System.out.printf("HanLP standard segmenter (name/place/org on, warmed up, one thread): %,.0f chars/s%n%n", segRate);

        Map<String, EntityExtractor> configs = new LinkedHashMap<>();
        configs.put("(a) HanLP HMM baseline (nr/ns/nt tags)", EntityExtractor.hanlpBaseline());
        configs.put("(b) rules over HMM: all", EntityExtractor.defaults());
        PFX = "(b)";
        configs.put(PFX + "    PKU mapping: 中/美, 工行/美军… not scored", configs.get("(b) rules over HMM: all"));
        // one row per rule switched off (EntityExtractor.RULES); the model-only rules change nothing here
        for (String r : EntityExtractor.ruleNames())
            if (!MODEL_ONLY_RULES.contains(r)) configs.put(PFX + "    - without " + r, EntityExtractor.builder().without(r).build());
        if (Files.isRegularFile(model)) {
            PFX = "(d)";
            configs.put("(c) perceptron NER over HanLP words/tags, no rules", EntityExtractor.builder().nerModel(model)
                    .titleRules(false).nameCompletion(false).orgSuffixRules(false).personFilter(false).orgFilter(false)
                    .without(KnownOrganisations.FINANCE, KnownOrganisations.ARMED_FORCES, KnownOrganisations.FOOTBALL,
                            KnownOrganisations.GOVERNMENT)
                    .gazetteer(false).consistency(false).hmmOrgFill(false).build());
            configs.put("(d) perceptron + all rules", EntityExtractor.builder().nerModel(model).build());
            configs.put(PFX + "    PKU mapping: 中/美, 工行/美军… not scored", configs.get("(d) perceptron + all rules"));
            for (String r : EntityExtractor.ruleNames())
                configs.put(PFX + "    - without " + r, EntityExtractor.builder().nerModel(model).without(r).build());
            checkFastDecoder(PerceptronNer.load(model), docs);
        } else {
            System.out.println("NER model absent (" + model + "): perceptron configurations skipped. Train it with NerTrainer.\n");
        }

        // EVAL_ONLY=text keeps the configurations whose name contains it (quick runs while working on one of them)
        String only = System.getenv("EVAL_ONLY");
        if (only != null && !only.isBlank()) configs.keySet().removeIf(k -> !k.contains(only));
        String dumpKey = System.getenv("EVAL_DUMP");
        table(docs, configs, chars, segRate, dumpKey, "target/eval-errors.tsv");
        System.out.println("\nextract c/s = extraction alone over pre-computed tokens, one thread; +segment c/s = together with the"
                + " pipeline's HanLP segmentation (which the pipeline pays anyway). Timings are noisy on a shared CPU.");

        for (String f : cityFiles) {
            Path cityNews = Path.of(f);
            if (!Files.isRegularFile(cityNews)) {
                System.out.println("\nCITY NEWS GOLD ABSENT: " + cityNews + " — table skipped.");
                continue;
            }
            Map<EntityType, Integer> cityMisaligned = new EnumMap<>(EntityType.class);
            List<Doc> city = docs(MarkedText.read(cityNews), cityMisaligned);
            int cityGold = city.stream().mapToInt(d -> d.gold.stream().mapToInt(Set::size).sum()).sum();
            System.out.printf("%nCity news written for Broadsheet (%s): %d articles, %,d chars, %d gold entities;"
                    + " not on HanLP token edges: %s%n", cityNews, city.size(), chars(city), cityGold, cityMisaligned);
            Map<String, EntityExtractor> cityConfigs = new LinkedHashMap<>();
            for (Map.Entry<String, EntityExtractor> c : configs.entrySet())
                if (!c.getKey().contains("PKU mapping")) cityConfigs.put(c.getKey(), c.getValue());
            table(city, cityConfigs, chars(city), segRate, System.getenv("EVAL_DUMP"),
                    "target/eval-errors-" + cityNews.getFileName().toString().replace(".txt", ".tsv"));
            System.out.println("(a few thousand characters: the speed columns of this table mean little)");
        }
    }

    static void table(List<Doc> docs, Map<String, EntityExtractor> configs, long chars, double segRate, String dumpKey,
                      String dumpFile) throws java.io.IOException {
        java.io.PrintWriter dump = dumpKey == null ? null : new java.io.PrintWriter(Files.newBufferedWriter(Path.of(dumpFile)));
        System.out.printf("%-52s %19s %19s %19s %19s %12s %13s%n", "configuration", "PERSON P/R/F", "PLACE P/R/F",
                "ORGANIZATION P/R/F", "ALL P/R/F", "extract c/s", "+segment c/s");
        for (Map.Entry<String, EntityExtractor> c : configs.entrySet()) {
            EntityExtractor x = c.getValue();
            for (int w = 0; w < 2; w++) for (Doc d : docs.subList(0, Math.min(200, docs.size()))) x.extract(d.headline, d.sentences, d.tokens, List.of());
            Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class); // tp, pred, gold
            for (EntityType t : EntityType.values()) counts.put(t, new int[3]);
            long nanos = 0;
            for (Doc d : docs) {
                long t0 = System.nanoTime();
                List<EntityMention> ms = x.extract(d.headline, d.sentences, d.tokens, List.of());
                nanos += System.nanoTime() - t0;
                // People's Daily tags 中/美 in 中美 and short names (工行/j, 美军/n) as no entity: the mapping leaves them unscored
                if (c.getKey().contains("PKU mapping")) ms = ms.stream().filter(m -> !PKU_UNSCORED.contains(m.method())).toList();
                List<Set<String>> pred = new ArrayList<>();
                for (int i = 0; i < d.sentences.size(); i++) pred.add(new HashSet<>());
                for (EntityMention m : ms) if (m.sentenceIdx() >= 0) pred.get(m.sentenceIdx()).add(key(m.start(), m.end(), m.type()));
                if (dump != null && c.getKey().equals(dumpKey)) {
                    for (int i = 0; i < d.sentences.size(); i++) {
                        String txt = d.sentences.get(i);
                        for (EntityMention m : ms) if (m.sentenceIdx() == i && !d.gold.get(i).contains(key(m.start(), m.end(), m.type())))
                            dump.println("FP\t" + m.type() + "\t" + m.surface() + "\t" + m.method() + "\t" + ctx(txt, m.start(), m.end()));
                        for (String g : d.gold.get(i)) if (!pred.get(i).contains(g)) {
                            String[] f = g.split(":");
                            int a = Integer.parseInt(f[0]), b = Integer.parseInt(f[1]);
                            dump.println("FN\t" + f[2] + "\t" + txt.substring(a, b) + "\t-\t" + ctx(txt, a, b));
                        }
                    }
                }
                for (int i = 0; i < d.sentences.size(); i++) {
                    for (String k : pred.get(i)) {
                        int[] cnt = counts.get(EntityType.valueOf(k.substring(k.lastIndexOf(':') + 1)));
                        cnt[1]++;
                        if (d.gold.get(i).contains(k)) cnt[0]++;
                    }
                    for (String k : d.gold.get(i)) counts.get(EntityType.valueOf(k.substring(k.lastIndexOf(':') + 1)))[2]++;
                }
            }
            int[] all = new int[3];
            StringBuilder row = new StringBuilder(String.format("%-52s", c.getKey()));
            for (EntityType t : EntityType.values()) {
                int[] k = counts.get(t);
                for (int j = 0; j < 3; j++) all[j] += k[j];
                row.append(String.format(" %19s", prf(k)));
            }
            double rate = chars / (nanos / 1e9);
            row.append(String.format(" %19s %,12.0f %,13.0f", prf(all), rate, 1 / (1 / rate + 1 / segRate)));
            System.out.println(row);
        }
        if (dump != null) dump.close();
    }

    /** Exact-span counts {true positives, predicted, gold} of one extractor over all entity types. */
    static int[] counts(EntityExtractor x, List<Doc> docs) {
        int[] k = new int[3];
        for (Doc d : docs) {
            List<Set<String>> pred = new ArrayList<>();
            for (int i = 0; i < d.sentences.size(); i++) pred.add(new HashSet<>());
            for (EntityMention m : x.extract(d.headline, d.sentences, d.tokens, List.of()))
                if (m.sentenceIdx() >= 0) pred.get(m.sentenceIdx()).add(key(m.start(), m.end(), m.type()));
            for (int i = 0; i < d.sentences.size(); i++) {
                for (String p : pred.get(i)) if (d.gold.get(i).contains(p)) k[0]++;
                k[1] += pred.get(i).size();
                k[2] += d.gold.get(i).size();
            }
        }
        return k;
    }

    static List<Doc> docs(List<PkuCorpus.Article> articles, Map<EntityType, Integer> misaligned) {
        List<Doc> docs = new ArrayList<>();
        for (PkuCorpus.Article a : articles) {
            List<String> sents = new ArrayList<>();
            List<List<Token>> toks = new ArrayList<>();
            List<Set<String>> gold = new ArrayList<>();
            for (PkuCorpus.Paragraph p : a.paragraphs()) {
                sents.add(p.text());
                List<Token> tk = HanlpTokens.tokens(p.text());
                toks.add(tk);
                Set<String> g = new HashSet<>();
                Set<Integer> st = new HashSet<>(), en = new HashSet<>();
                for (Token t : tk) { st.add(t.offset()); en.add(t.end()); }
                for (PkuCorpus.GoldEntity e : p.entities()) {
                    g.add(key(e.start(), e.end(), e.type()));
                    if (!st.contains(e.start()) || !en.contains(e.end())) misaligned.merge(e.type(), 1, Integer::sum);
                }
                gold.add(g);
            }
            docs.add(new Doc(sents.get(0), sents, toks, gold));
        }
        return docs;
    }

    static long chars(List<Doc> docs) {
        return docs.stream().mapToLong(d -> d.sentences.stream().mapToLong(String::length).sum()).sum();
    }

    /** The pipeline's feature index and Viterbi give HanLP's own features and tags on every held-out sentence. */
    static void checkFastDecoder(PerceptronNer ner, List<Doc> docs) {
        int sentences = 0, words = 0;
        for (Doc d : docs) for (List<Token> toks : d.tokens) {
            List<Token> t = TokenRefiner.refine(toks);
            if (t.isEmpty()) continue;
            String[] w = new String[t.size()], p = new String[t.size()];
            for (int i = 0; i < w.length; i++) { w[i] = t.get(i).word(); p[i] = t.get(i).pos(); }
            int[][] hanlp = new NerFeatures(w, p, ner.featureMap()).featureMatrix;
            if (!java.util.Arrays.deepEquals(hanlp, ner.index().features(w, p)))
                throw new IllegalStateException("feature index differs from HanLP's feature map on: " + String.join(" ", w));
            if (!java.util.Arrays.equals(ner.decodeWithHanlp(w, p), ner.decode(hanlp)))
                throw new IllegalStateException("Viterbi differs from HanLP's on: " + String.join(" ", w));
            sentences++;
            words += w.length;
        }
        System.out.printf("fast feature index and Viterbi agree with HanLP's on all %,d held-out sentences (%,d words); model has %,d features%n%n",
                sentences, words, ner.index().size());
    }

    static String ctx(String t, int a, int b) {
        return t.substring(Math.max(0, a - 8), a) + "[" + t.substring(a, b) + "]" + t.substring(b, Math.min(t.length(), b + 8));
    }

    static String key(int start, int end, EntityType type) { return start + ":" + end + ":" + type; }

    static String prf(int[] k) {
        double p = k[1] == 0 ? 0 : (double) k[0] / k[1], r = k[2] == 0 ? 0 : (double) k[0] / k[2];
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return String.format("%.3f/%.3f/%.3f", p, r, f);
    }
}
