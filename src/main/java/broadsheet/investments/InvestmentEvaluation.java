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
 * sample of mentions with their sentences for a human to judge, and the 投资 sentences where nothing
 * was found (to judge recall). The sample is the mentions with the smallest hash of
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
