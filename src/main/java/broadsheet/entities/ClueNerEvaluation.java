package broadsheet.entities;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores the extractor on CLUENER2020's dev split under the mapping of {@link ClueNer} (PERSON and ORGANIZATION exact,
 * PLACE lenient), for HanLP's HMM baseline, the rules ({@code --ner fast}) with one row per rule switched off, and, when
 * the model exists, {@code --ner accurate} with the same rows. For measuring and tuning rules only: nothing the project
 * ships is trained on it.
 *
 * <p>Usage: {@code ClueNerEvaluation [cluener2020-dev.jsonl] [ner-model.bin.gz]}; {@code EVAL_ONLY=text} keeps the
 * configurations whose name contains it; {@code EVAL_DUMP=configuration} writes that configuration's errors to
 * {@code target/eval-errors-cluener.tsv}.
 */
public final class ClueNerEvaluation {
    public static final String DEFAULT_DEV = "../shared/corpora/cluener2020-dev.jsonl";

    public static void main(String[] args) throws Exception {
        Path dev = Path.of(args.length > 0 ? args[0] : DEFAULT_DEV);
        Path model = Path.of(args.length > 1 ? args[1] : EntityEvaluation.DEFAULT_MODEL);
        if (!Files.isRegularFile(dev)) {
            System.out.println("CLUENER DEV ABSENT: " + dev + " — nothing evaluated.");
            return;
        }
        List<ClueNer.Record> records = ClueNer.read(dev);
        Map<String, Integer> labels = new LinkedHashMap<>();
        for (ClueNer.Record r : records) for (ClueNer.Span s : r.gold()) labels.merge(s.label() + (s.type() == null ? " (unscored)" : " → " + s.type()), 1, Integer::sum);
        System.out.printf("CLUENER2020 dev (%s): %,d records, %,d chars; gold %s%n", dev, records.size(),
                records.stream().mapToInt(r -> r.text().length()).sum(), labels);
        System.out.println("PERSON and ORGANIZATION: exact span; PLACE: lenient (overlap with an address); predictions overlapping an"
                + " unscored span are not counted.\n");

        Map<String, EntityExtractor> configs = new LinkedHashMap<>();
        configs.put("(a) HanLP HMM baseline (nr/ns/nt tags)", EntityExtractor.hanlpBaseline());
        configs.put("(b) rules over HMM: all (--ner fast)", EntityExtractor.defaults());
        for (String r : EntityExtractor.ruleNames())
            if (!EntityEvaluation.MODEL_ONLY_RULES.contains(r)) configs.put("(b)    - without " + r, EntityExtractor.builder().without(r).build());
        if (Files.isRegularFile(model)) {
            configs.put("(d) perceptron + all rules (--ner accurate)", EntityExtractor.builder().nerModel(model).build());
            for (String r : EntityExtractor.ruleNames())
                configs.put("(d)    - without " + r, EntityExtractor.builder().nerModel(model).without(r).build());
        } else {
            System.out.println("NER model absent (" + model + "): accurate configurations skipped (jobs/train-ner builds it).\n");
        }
        String only = System.getenv("EVAL_ONLY");
        if (only != null && !only.isBlank()) configs.keySet().removeIf(k -> !k.contains(only));
        String dumpKey = System.getenv("EVAL_DUMP");

        System.out.printf("%-52s %19s %19s %19s %19s%n", "configuration", "PERSON P/R/F", "PLACE P/R/F (lenient)",
                "ORGANIZATION P/R/F", "ALL P/R/F");
        for (Map.Entry<String, EntityExtractor> c : configs.entrySet()) {
            PrintWriter dump = c.getKey().equals(dumpKey) ? new PrintWriter(Files.newBufferedWriter(Path.of("target/eval-errors-cluener.tsv"))) : null;
            ClueNer.Score s = ClueNer.score(c.getValue(), records, dump == null ? null
                    : (kind, type, surface, how, r) -> dump.println(kind + "\t" + type + "\t" + surface + "\t" + how + "\t" + r.line() + "\t" + r.text()));
            if (dump != null) dump.close();
            StringBuilder row = new StringBuilder(String.format("%-52s", c.getKey()));
            for (EntityType t : List.of(EntityType.PERSON, EntityType.PLACE, EntityType.ORGANIZATION)) row.append(String.format(" %19s", fmt(s.prf(t))));
            row.append(String.format(" %19s", fmt(ClueNer.Score.prf(s.all()))));
            System.out.println(row);
        }
    }

    static String fmt(double[] p) { return String.format("%.3f/%.3f/%.3f", p[0], p[1], p[2]); }
}
