package broadsheet.investments;

import broadsheet.ingest.IssueLayoutParser;
import broadsheet.ingest.ParsedArticle;
import broadsheet.ingest.PkuCorpusParser;
import broadsheet.topics.TopicMatcher;
import broadsheet.topics.TopicTaxonomy;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Every investment mention of the seed issue and of the People's Daily month as one TSV line each
 * (article, sentence, amount text, amount, low, high, currency, qualifier, kind, counted, reason,
 * sentence), so that two versions of the parser or extractor can be compared with {@code diff}:
 *
 * <pre>
 *   java -cp target/classes:$(cat target/spark-classpath.txt) broadsheet.investments.InvestmentDump \
 *       ../shared > mentions.tsv
 * </pre>
 *
 * With {@code --amounts} after the directory it lists every money amount {@link AmountParser} finds in
 * every sentence instead (investment or not), to see what a parser change reads differently.
 * Plain Java, no Spark; the shared data are read in place and a missing file is said, not an error.
 */
public final class InvestmentDump {

    private InvestmentDump() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        boolean amounts = args.length > 1 && args[1].equals("--amounts");
        ArticleInvestments extractor = new ArticleInvestments(new TopicMatcher(TopicTaxonomy.loadDefault()));

        Path seed = shared.resolve("seed/wuxi-daily-2022-11-04.txt");
        if (Files.isReadable(seed)) {
            String text = broadsheet.ingest.TextNormalizer.normalize(Files.readString(seed, StandardCharsets.UTF_8));
            dump("seed", IssueLayoutParser.parse(text, LocalDate.of(2022, 11, 4)).articles(), extractor, amounts, out);
        } else {
            System.err.println("seed absent: " + seed.toAbsolutePath());
        }
        Path pd = shared.resolve("corpora/people-daily-1998-01.utf8.txt");
        if (Files.isReadable(pd)) {
            String text = broadsheet.ingest.TextNormalizer.normalize(Files.readString(pd, StandardCharsets.UTF_8));
            dump("pd", PkuCorpusParser.parse(text).articles(), extractor, amounts, out);
        } else {
            System.err.println("People's Daily corpus absent: " + pd.toAbsolutePath());
        }
    }

    private static void dump(String source, List<ParsedArticle> articles, ArticleInvestments extractor,
                             boolean amounts, PrintStream out) {
        for (int i = 0; i < articles.size(); i++) {
            ParsedArticle a = articles.get(i);
            String id = source + "-" + a.issueDate() + "-" + a.page() + "-" + i;
            if (amounts) {
                List<String> sentences = new java.util.ArrayList<>();
                sentences.add(a.headline() == null ? "" : a.headline());
                sentences.addAll(broadsheet.nlp.SentenceSplitter.sentences(a.text()));
                for (int k = 0; k < sentences.size(); k++) {
                    String s = sentences.get(k);
                    for (MoneyAmount m : AmountParser.findAll(s)) {
                        out.println(String.join("\t", id, String.valueOf(k - 1), m.text(), plain(m.amount()),
                                plain(m.low()), plain(m.high()), m.currency(), m.qualifier().name(),
                                s.replace('\t', ' ').replace('\n', ' ')));
                    }
                }
                continue;
            }
            for (InvestmentRow r : extractor.extract(id, source, a.issueDate(), a.headline(), a.text())) {
                out.println(String.join("\t", id, String.valueOf(r.getSentenceIdx()), r.getAmountText(),
                        plain(r.getAmount()), plain(r.getAmountLow()), plain(r.getAmountHigh()), r.getCurrency(),
                        r.getQualifier(), r.getKind(), String.valueOf(r.isCounted()), String.valueOf(r.getReason()),
                        r.getSentence().replace('\t', ' ').replace('\n', ' ')));
            }
        }
    }

    private static String plain(BigDecimal v) {
        return v == null ? "-" : v.toPlainString();
    }
}
