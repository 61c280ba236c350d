package broadsheet.bench;

import broadsheet.ingest.IngestRecord;
import broadsheet.ingest.InputFileReader;
import broadsheet.nlp.SentenceSplitter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic corpus of a requested size by recombining real sentences (read from any input Broadsheet
 * reads, e.g. the People's Daily corpus) into new issues in the layout of a city daily: headline, {@code 本报讯}
 * lead with a dateline, paragraphs cut by the "page columns" with blank lines between the pieces, a bracketed
 * byline. New sources and dates; deterministic for a given seed. For measuring scale without new data; the
 * output is derived from the source text and must stay out of the repository like it.
 *
 * <pre>java -cp … broadsheet.bench.CorpusGenerator SOURCE_FILE_OR_DIR OUT_DIR SIZE [SEED [DAYS_BETWEEN_ISSUES]]</pre>
 *
 * Each source publishes an issue every {@code DAYS_BETWEEN_ISSUES} days (default 1, a daily) from 2010-01-01: a
 * weekly spreads a few MB over years, which the notebooks' multi-year test needs.
 */
public final class CorpusGenerator {
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建红文辉力斌宇浩凯鹏晨欣怡婷雪琳晓燕颖佳俊峰波宁亮";

    private final List<String> sentences = new ArrayList<>();
    private final List<String> headlines = new ArrayList<>();

    public CorpusGenerator(Path source) throws IOException {
        InputFileReader reader = new InputFileReader(1L << 30);
        List<Path> files;
        try (var walk = Files.walk(source)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            for (IngestRecord r : reader.read(f.toString(), source.relativize(f).toString(), Files.readAllBytes(f))) {
                if (!IngestRecord.ARTICLE.equals(r.getKind())) {
                    continue;
                }
                if (r.getHeadline() != null && r.getHeadline().length() >= 6) {
                    headlines.add(r.getHeadline());
                }
                for (String s : SentenceSplitter.sentences(r.getText())) {
                    if (s.length() >= 8) {
                        sentences.add(s);
                    }
                }
            }
        }
        if (sentences.isEmpty() || headlines.isEmpty()) {
            throw new IllegalArgumentException(source + ": no sentences or headlines to recombine");
        }
    }

    /** Writes daily issues under {@code out/<source>/<yyyy-MM-dd>.txt} until {@code targetBytes} are written. */
    public Stats generate(Path out, long targetBytes, long seed) throws IOException {
        return generate(out, targetBytes, seed, 1);
    }

    /** As {@link #generate(Path, long, long)}, one issue per source every {@code daysBetweenIssues} days. */
    public Stats generate(Path out, long targetBytes, long seed, int daysBetweenIssues) throws IOException {
        if (daysBetweenIssues < 1) {
            throw new IllegalArgumentException("days between issues must be at least 1, not " + daysBetweenIssues);
        }
        Random random = new Random(seed);
        long written = 0;
        int files = 0;
        int articles = 0;
        int sources = (int) Math.max(2, Math.min(50, targetBytes / (20L << 20)));
        LocalDate day = LocalDate.of(2010, 1, 1);
        while (written < targetBytes) {
            for (int s = 0; s < sources && written < targetBytes; s++) {
                String source = String.format("bench-daily-%02d", s + 1);
                StringBuilder issue = new StringBuilder("\n");
                int n = 4 + random.nextInt(5);
                for (int a = 0; a < n; a++) {
                    appendArticle(issue, day, random);
                }
                articles += n;
                byte[] bytes = issue.toString().getBytes(StandardCharsets.UTF_8);
                Path file = out.resolve(source).resolve(day + ".txt");
                Files.createDirectories(file.getParent());
                Files.write(file, bytes);
                written += bytes.length;
                files++;
            }
            day = day.plusDays(daysBetweenIssues);
        }
        return new Stats(files, articles, written);
    }

    public record Stats(int files, int articles, long bytes) {
    }

    private void appendArticle(StringBuilder out, LocalDate day, Random random) {
        String headline = headlines.get(random.nextInt(headlines.size()));
        String sub = headlines.get(random.nextInt(headlines.size()));
        out.append(headline).append(' ').append(sub.length() > 20 ? sub.substring(0, 20) : sub).append("\n\n");
        out.append("本报讯 ").append(day.getMonthValue()).append('月').append(day.getDayOfMonth()).append("日,");
        int paragraphs = 2 + random.nextInt(5);
        for (int p = 0; p < paragraphs; p++) {
            StringBuilder para = new StringBuilder();
            int k = 2 + random.nextInt(5);
            for (int i = 0; i < k; i++) {
                String s = sentences.get(random.nextInt(sentences.size()));
                para.append(s);
                if (!SentenceSplitter.isTerminator(s.charAt(s.length() - 1)) && !SentenceSplitter.isCloser(s.charAt(s.length() - 1))) {
                    para.append('。');
                }
            }
            String text = para.toString();
            // The page's columns cut one paragraph in three mid-sentence: pieces with blank lines between them.
            if (random.nextInt(3) == 0 && text.length() > 30) {
                int cut = 10 + random.nextInt(text.length() - 20);
                while (cut < text.length() - 1 && SentenceSplitter.isTerminator(text.charAt(cut - 1))) {
                    cut++;
                }
                text = text.substring(0, cut) + "\n\n" + text.substring(cut);
            }
            out.append(text);
            if (p == paragraphs - 1) {
                out.append('(').append(name(random));
                if (random.nextInt(4) == 0) {
                    out.append(' ').append(name(random));
                }
                out.append(')');
            }
            out.append("\n\n");
        }
    }

    private static String name(Random random) {
        StringBuilder sb = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        int len = 1 + random.nextInt(2);
        for (int i = 0; i < len; i++) {
            sb.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: CorpusGenerator SOURCE_FILE_OR_DIR OUT_DIR SIZE(e.g. 10MB) [SEED [DAYS_BETWEEN_ISSUES]]");
            System.exit(2);
        }
        long size = broadsheet.cli.ByteSize.parse(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1998L;
        int every = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        CorpusGenerator g = new CorpusGenerator(Path.of(args[0]));
        Stats s = g.generate(Path.of(args[1]), size, seed, every);
        System.out.printf("wrote %d issues, %d articles, %d bytes to %s (seed %d)%n", s.files(), s.articles(), s.bytes(), args[1], seed);
    }
}
