package broadsheet.investments;

import broadsheet.ingest.ParsedArticle;
import broadsheet.ingest.PkuCorpusParser;
import broadsheet.nlp.SentenceSplitter;
import broadsheet.topics.TopicMatcher;
import broadsheet.topics.TopicTaxonomy;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures investment extraction on real text: the PKU-tagged People's Daily corpus (UTF-8 copy).
 *
 * <pre>
 *   java -cp target/broadsheet.jar broadsheet.investments.InvestmentEvaluation \
 *       ../shared/corpora/people-daily-1998-01.utf8.txt [sample size, default 30]
 * </pre>
 *
 * Prints counts (sentences with an amount, with 投资 and an amount, mentions by kind, counted), a
 * sample of mentions with their sentences for a human to judge, the 投资 sentences where nothing
 * was found (to judge recall), and what the parts of issue 15 change: every mention whose counted
 * status differs between {@link InvestmentExtractor.Rules#NONE} (the extractor before them) and the
 * default rules, by reason, with examples.
 *
 * <p>With {@code --dev FILE [--errors]} it scores the marked development set instead
 * ({@link InvestmentDevSet}): precision and recall of counted amounts per combination of parts. The sample is the mentions with the smallest hash of
 * (article, sentence, amount text): the same mention stays in the sample from one version of the
 * extractor to the next, so before/after judgements compare like with like.
 * Plain Java, no Spark; the corpus is research data and is read in place, never copied.
 */
public final class InvestmentEvaluation {

    private InvestmentEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length < 1) {
            out.println("usage: InvestmentEvaluation <people-daily-1998-01.utf8.txt> [sample size]");
            out.println("       InvestmentEvaluation --dev src/eval/investments-dev.txt [--errors]");
            return;
        }
        if (args[0].equals("--dev")) {
            Path dev = Path.of(args.length > 1 ? args[1] : "src/eval/investments-dev.txt");
            InvestmentDevSet.report(dev, out, args.length > 2 && args[2].equals("--errors"));
            return;
        }
        Path corpus = Path.of(args[0]);
        if (!Files.isReadable(corpus)) {
            // Not an error: the corpus is shared research data that CI or a fresh checkout may lack.
            out.println("corpus absent, nothing evaluated: " + corpus.toAbsolutePath());
            return;
        }
        int sampleSize = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        evaluate(corpus, sampleSize, out);
    }

    /** One extracted row with what the report needs beside it. */
    private record Found(InvestmentRow row, String key) {
    }

    static void evaluate(Path corpus, int sampleSize, PrintStream out) throws IOException {
        String text = broadsheet.ingest.TextNormalizer.normalize(Files.readString(corpus, StandardCharsets.UTF_8));
        List<ParsedArticle> articles = PkuCorpusParser.parse(text).articles();
        ArticleInvestments extractor = new ArticleInvestments(new TopicMatcher(TopicTaxonomy.loadDefault()));

        int sentencesWithAmount = 0;
        int investSentences = 0;
        int investSentencesWithMention = 0;
        List<String> missed = new ArrayList<>();
        List<Found> found = new ArrayList<>();
        Map<String, int[]> byKind = new LinkedHashMap<>(); // kind -> {mentions, counted}
        for (String k : List.of("total", "single", "subtotal")) {
            byKind.put(k, new int[2]);
        }

        for (int i = 0; i < articles.size(); i++) {
            ParsedArticle a = articles.get(i);
            String id = a.issueDate() + "-" + a.page() + "-" + i;
            List<InvestmentRow> rows = extractor.extract(id, "people-daily", a.issueDate(), a.headline(), a.text());
            List<String> sentences = new ArrayList<>();
            if (a.headline() != null) {
                sentences.add(a.headline());
            }
            sentences.addAll(SentenceSplitter.sentences(a.text()));
            for (String s : sentences) {
                if (AmountParser.findAll(s).isEmpty()) {
                    continue;
                }
                sentencesWithAmount++;
                if (s.contains("投资")) {
                    investSentences++;
                    boolean any = rows.stream().anyMatch(r -> r.getSentence().equals(s));
                    if (any) {
                        investSentencesWithMention++;
                    } else {
                        missed.add(id + "  " + s);
                    }
                }
            }
            for (InvestmentRow r : rows) {
                int[] k = byKind.computeIfAbsent(r.getKind(), x -> new int[2]);
                k[0]++;
                if (r.isCounted()) {
                    k[1]++;
                }
                found.add(new Found(r, id + "|" + r.getSentenceIdx() + "|" + r.getAmountText()));
            }
        }

        long counted = found.stream().filter(f -> f.row().isCounted()).count();
        out.println("corpus: " + corpus + " (" + articles.size() + " articles)");
        out.println();
        out.println("| measure | value |");
        out.println("| --- | ---: |");
        out.println("| sentences with a money amount | " + sentencesWithAmount + " |");
        out.println("| sentences with 投资 and a money amount | " + investSentences + " |");
        out.println("| ... of which with an investment mention | " + investSentencesWithMention + " |");
        out.println("| investment mentions found | " + found.size() + " |");
        out.println("| counted | " + counted + " |");
        out.println("| subtotals | " + byKind.get("subtotal")[0] + " |");
        for (Map.Entry<String, int[]> e : byKind.entrySet()) {
            out.println("| kind " + e.getKey() + ": mentions / counted | " + e.getValue()[0] + " / " + e.getValue()[1] + " |");
        }
        out.println();

        List<Found> sample = new ArrayList<>(found);
        sample.sort(Comparator.comparingInt((Found f) -> mix(f.key().hashCode())).thenComparing(Found::key));
        sample = sample.subList(0, Math.min(sampleSize, sample.size()));
        out.println("## sample of " + sample.size() + " mentions (judge: is it investment money, right kind, right counted/parent?)");
        int n = 0;
        for (Found f : sample) {
            InvestmentRow r = f.row();
            n++;
            out.printf("%2d. %s  %s  kind=%s  counted=%s%s%s%s  topic=%s%n", n, r.getMentionId(), r.getAmountText(),
                    r.getKind(), r.isCounted(),
                    r.getProjectCount() == null ? "" : "  n=" + r.getProjectCount(),
                    r.getParentId() == null ? "" : "  parent=" + r.getParentId(),
                    r.getReason() == null ? "" : "  (" + r.getReason() + ")", r.getTopic());
            out.println("    " + r.getSentence());
        }
        out.println();
        out.println("## sentences with 投资 and an amount but no mention (" + missed.size() + ")");
        for (String m : missed) {
            out.println("  " + m);
        }
        out.println();
        changes(articles, out);
    }

    /** One mention under the old and the new rules (either may be absent). */
    private record Change(String where, String sentence, String amount, InvestmentMention before, InvestmentMention after) {
        String describe() {
            return where + "  " + amount + "  " + show(before) + " -> " + show(after);
        }

        private static String show(InvestmentMention m) {
            if (m == null) {
                return "no row";
            }
            return (m.counted() ? "counted" : "not counted (" + m.reason() + ")") + (m.status() == null ? "" : " status=" + m.status());
        }

        /** The category of the change, for the counts. */
        String category() {
            boolean was = before != null && before.counted();
            boolean is = after != null && after.counted();
            String why = after == null ? "no row" : is ? (before == null ? "new row" : "now counted")
                    : after.reason().replaceAll(" of mention \\d+.*| mention \\d+", "");
            return (was ? "counted" : before == null ? "no row" : "not counted") + " -> "
                    + (is ? "counted" : "not counted") + (is ? "" : ": " + why);
        }
    }

    /** Mentions whose counted status differs between the extractor before issue 15 and now, and rows added or removed. */
    static void changes(List<ParsedArticle> articles, PrintStream out) {
        List<Change> changes = new ArrayList<>();
        int statuses = 0;
        Map<String, Integer> statusCounts = new java.util.TreeMap<>();
        for (int i = 0; i < articles.size(); i++) {
            ParsedArticle a = articles.get(i);
            List<String> sentences = SentenceSplitter.sentences(a.text());
            Map<String, InvestmentMention> before = byPosition(InvestmentExtractor.extract(a.headline(), sentences,
                    InvestmentExtractor.Rules.NONE));
            Map<String, InvestmentMention> after = byPosition(InvestmentExtractor.extract(a.headline(), sentences));
            for (InvestmentMention m : after.values()) {
                if (m.status() != null) {
                    statuses++;
                    statusCounts.merge(m.status(), 1, Integer::sum);
                }
            }
            java.util.Set<String> keys = new java.util.TreeSet<>(before.keySet());
            keys.addAll(after.keySet());
            for (String k : keys) {
                InvestmentMention b = before.get(k);
                InvestmentMention n = after.get(k);
                boolean was = b != null && b.counted();
                boolean is = n != null && n.counted();
                if (was != is || (b == null) != (n == null)) {
                    InvestmentMention any = n != null ? n : b;
                    changes.add(new Change(a.issueDate() + "-" + a.page() + "-" + i + "@" + any.sentenceIdx(), any.sentence(),
                            any.amount().text(), b, n));
                }
            }
        }
        out.println("## issue 15: mentions whose counted status changes, or rows added or removed (rules none -> all): "
                + changes.size());
        Map<String, List<Change>> byCategory = new java.util.TreeMap<>();
        for (Change c : changes) {
            byCategory.computeIfAbsent(c.category(), x -> new ArrayList<>()).add(c);
        }
        out.println();
        out.println("| change | mentions |");
        out.println("| --- | ---: |");
        byCategory.forEach((k, v) -> out.println("| " + k + " | " + v.size() + " |"));
        out.println();
        out.println("mentions with a status (default rules): " + statuses + " " + statusCounts);
        out.println();
        for (Change c : changes) {
            out.println("  " + c.describe());
            out.println("      " + c.sentence());
        }
    }

    private static Map<String, InvestmentMention> byPosition(List<InvestmentMention> mentions) {
        Map<String, InvestmentMention> out = new LinkedHashMap<>();
        for (InvestmentMention m : mentions) {
            out.put(m.sentenceIdx() + ":" + m.amount().start(), m);
        }
        return out;
    }

    /** Spreads String.hashCode so that similar keys do not sort together. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
