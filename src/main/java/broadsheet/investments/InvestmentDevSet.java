package broadsheet.investments;

import broadsheet.nlp.SentenceSplitter;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A marked set of money sentences (src/eval/investments-dev.txt) and the score of the extractor on
 * it: precision and recall of counted amounts, and how often the status is right.
 *
 * <p>Format: one article per line (its sentences on that line), {@code #} starts a comment line.
 * Amounts are marked {@code [[总投资约138亿元|c:signed]]}: {@code c} counted (with the status the text
 * gives after the colon, if any), {@code x:reason} not counted (subtotal, duplicate, quota,
 * not_approved, ...). An amount left unmarked is money that is not investment at all (revenue, a
 * fine): counting it is a false positive. A counted row matches a mark when their spans overlap, so
 * the mark may include words around the amount.
 */
public final class InvestmentDevSet {

    private static final Pattern MARK = Pattern.compile("\\[\\[([^\\]|]+)\\|([^\\]]+)]]");

    /** One marked amount: its span in the plain line, counted or not, and the label after the colon. */
    public record Mark(int start, int end, String text, boolean counted, String label) {
    }

    /** One line of the set with the marks taken out. */
    public record Item(int lineNo, String text, List<Mark> marks) {
    }

    /** Scores: counted amounts, statuses, and the errors to look at. */
    public record Score(int items, int moneyItems, int goldCounted, int predictedCounted, int truePositives,
                        int statusGold, int statusRight, List<String> errors) {
        public double precision() {
            return predictedCounted == 0 ? 1.0 : (double) truePositives / predictedCounted;
        }

        public double recall() {
            return goldCounted == 0 ? 1.0 : (double) truePositives / goldCounted;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The rows of the report: each part of issue 15 alone on top of the old extractor, then all. */
    static final Map<String, InvestmentExtractor.Rules> ABLATIONS = new java.util.LinkedHashMap<>();

    static {
        ABLATIONS.put("none (the extractor before issue 15)", InvestmentExtractor.Rules.NONE);
        ABLATIONS.put("+ non-investment kinds", new InvestmentExtractor.Rules(true, false, false, false));
        ABLATIONS.put("+ statuses", new InvestmentExtractor.Rules(false, true, false, false));
        ABLATIONS.put("+ acquisitions", new InvestmentExtractor.Rules(false, false, true, false));
        ABLATIONS.put("+ breakdowns", new InvestmentExtractor.Rules(false, false, false, true));
        ABLATIONS.put("all but non-investment kinds", new InvestmentExtractor.Rules(false, true, true, true));
        ABLATIONS.put("all but statuses", new InvestmentExtractor.Rules(true, false, true, true));
        ABLATIONS.put("all (default)", InvestmentExtractor.Rules.ALL);
    }

    private InvestmentDevSet() {
    }

    public static List<Item> read(Path file) throws IOException {
        List<Item> items = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            items.add(parse(i + 1, line));
        }
        return items;
    }

    static Item parse(int lineNo, String line) {
        StringBuilder plain = new StringBuilder();
        List<Mark> marks = new ArrayList<>();
        Matcher m = MARK.matcher(line);
        int last = 0;
        while (m.find()) {
            plain.append(line, last, m.start());
            int start = plain.length();
            plain.append(m.group(1));
            String[] label = m.group(2).split(":", 2);
            if (!label[0].equals("c") && !label[0].equals("x")) {
                throw new IllegalArgumentException("line " + lineNo + ": mark must be c or x: " + m.group());
            }
            marks.add(new Mark(start, plain.length(), m.group(1), label[0].equals("c"), label.length > 1 ? label[1] : null));
            last = m.end();
        }
        plain.append(line.substring(last));
        if (plain.indexOf("[[") >= 0 || plain.indexOf("]]") >= 0) {
            throw new IllegalArgumentException("line " + lineNo + ": broken mark: " + line);
        }
        return new Item(lineNo, plain.toString(), List.copyOf(marks));
    }

    /** A mention of the extractor with its span in the line. */
    private record Found(int start, int end, InvestmentMention mention) {
    }

    static List<Found> extract(String text, InvestmentExtractor.Rules rules) {
        List<SentenceSplitter.Span> spans = SentenceSplitter.split(text);
        List<String> sentences = spans.stream().map(sp -> sp.of(text)).toList();
        List<Found> out = new ArrayList<>();
        for (InvestmentMention m : InvestmentExtractor.extract(null, sentences, rules)) {
            int base = spans.get(m.sentenceIdx()).start();
            out.add(new Found(base + m.amount().start(), base + m.amount().end(), m));
        }
        return out;
    }

    public static Score score(List<Item> items, InvestmentExtractor.Rules rules) {
        int moneyItems = 0, gold = 0, predicted = 0, tp = 0, statusGold = 0, statusRight = 0;
        List<String> errors = new ArrayList<>();
        for (Item item : items) {
            if (!AmountParser.findAll(item.text()).isEmpty() || !item.marks().isEmpty()) {
                moneyItems++;
            }
            List<Found> found = extract(item.text(), rules);
            for (Mark g : item.marks()) {
                Found f = found.stream().filter(x -> overlaps(x, g)).findFirst().orElse(null);
                boolean counted = f != null && f.mention().counted();
                if (g.counted()) {
                    gold++;
                    if (counted) {
                        tp++;
                    } else {
                        errors.add("missed   line " + item.lineNo() + " " + g.text() + " ("
                                + (f == null ? "not found" : f.mention().reason()) + "): " + item.text());
                    }
                }
                String goldStatus = g.counted() ? g.label() : statusOf(g.label());
                if ((g.counted() || goldStatus != null) && f != null) {
                    statusGold++;
                    if (java.util.Objects.equals(goldStatus, f.mention().status())) {
                        statusRight++;
                    } else {
                        errors.add("status   line " + item.lineNo() + " " + g.text() + " gold=" + goldStatus
                                + " got=" + f.mention().status() + ": " + item.text());
                    }
                }
            }
            for (Found f : found) {
                if (!f.mention().counted()) {
                    continue;
                }
                predicted++;
                Mark g = item.marks().stream().filter(x -> overlaps(f, x)).findFirst().orElse(null);
                if (g == null || !g.counted()) {
                    errors.add("counted  line " + item.lineNo() + " " + f.mention().amount().text() + " (gold "
                            + (g == null ? "unmarked" : "x:" + g.label()) + "): " + item.text());
                }
            }
        }
        return new Score(items.size(), moneyItems, gold, predicted, tp, statusGold, statusRight, errors);
    }

    private static String statusOf(String reason) {
        return "not_approved".equals(reason) || "cancelled".equals(reason) ? reason : null;
    }

    private static boolean overlaps(Found f, Mark g) {
        return f.start() < g.end() && g.start() < f.end();
    }

    /** Counts of not-counted marks by reason: what the set covers. */
    public static Map<String, Integer> reasons(List<Item> items) {
        Map<String, Integer> out = new TreeMap<>();
        for (Item i : items) {
            for (Mark m : i.marks()) {
                out.merge(m.counted() ? "counted" + (m.label() == null ? "" : ":" + m.label()) : m.label(), 1, Integer::sum);
            }
        }
        return out;
    }

    static void report(Path file, PrintStream out, boolean showErrors) throws IOException {
        List<Item> items = read(file);
        out.println("development set: " + file + " (" + items.size() + " lines)");
        out.println();
        out.println("| rules | counted (gold) | counted (found) | right | precision | recall | F1 | status right |");
        out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        Score all = null;
        for (Map.Entry<String, InvestmentExtractor.Rules> r : ABLATIONS.entrySet()) {
            Score s = score(items, r.getValue());
            out.printf("| %s | %d | %d | %d | %.3f | %.3f | %.3f | %d/%d |%n", r.getKey(), s.goldCounted(),
                    s.predictedCounted(), s.truePositives(), s.precision(), s.recall(), s.f1(), s.statusRight(), s.statusGold());
            all = s;
        }
        out.println();
        out.println("lines with money: " + all.moneyItems() + "; marks: " + reasons(items));
        if (showErrors) {
            out.println();
            out.println("## errors of the default rules (" + all.errors().size() + ")");
            all.errors().forEach(e -> out.println("  " + e));
        }
    }
}
