package broadsheet.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reader for the PKU/PFR People's Daily corpus (one paragraph per line, {@code id/m  word/pos ...},
 * bracketed compounds {@code [w/p  w/p]nt}). Rebuilds the raw paragraph text and the gold entities:
 * merged surname+given-name pairs ({@code nr}), single {@code ns}/{@code nt} words and bracketed
 * {@code ]ns}/{@code ]nt}/{@code ]nr} compounds (outermost span only; words inside other compounds are
 * not entities, as in HanLP's NERTrainer).
 */
public final class PkuCorpus {
    private PkuCorpus() {}

    public record GoldEntity(int start, int end, String surface, EntityType type) {}

    /** A gold word; compound = index of the compound it belongs to, or -1. */
    public record GoldWord(String word, String pos, int start) {}

    public record Paragraph(String id, String text, List<GoldWord> words, List<GoldEntity> entities) {
        public String date() { return id.substring(0, 8); }
        public String articleId() { return id.substring(0, id.lastIndexOf('-')); }
    }

    public record Article(String id, List<Paragraph> paragraphs) {}

    private static final Pattern TOKEN = Pattern.compile("^(\\[?)(.+)/([A-Za-z]+)(?:\\](\\w+))?$");

    public static List<Paragraph> read(Path file) throws IOException {
        List<Paragraph> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                Paragraph p = parseLine(line.replace("\r", ""), lineNo);
                if (p != null) out.add(p);
            }
        }
        return out;
    }

    static Paragraph parseLine(String line, int lineNo) {
        String[] toks = line.trim().split("\\s+");
        if (toks.length < 2 || toks[0].isEmpty()) return null;
        String id = toks[0].substring(0, toks[0].lastIndexOf('/') < 0 ? toks[0].length() : toks[0].lastIndexOf('/'));
        StringBuilder text = new StringBuilder();
        List<GoldWord> words = new ArrayList<>();
        List<GoldEntity> ents = new ArrayList<>();
        int compoundStart = -1;   // char offset where an open compound began
        int compoundFirstWord = -1;
        List<int[]> singles = new ArrayList<>(); // [wordIdx] of nr words outside compounds, collected for merging
        for (int i = 1; i < toks.length; i++) {
            Matcher m = TOKEN.matcher(toks[i]);
            if (!m.matches()) {
                throw new IllegalArgumentException("line " + lineNo + ": cannot parse token '" + toks[i] + "'");
            }
            boolean open = !m.group(1).isEmpty();
            String word = m.group(2);
            String pos = m.group(3);
            String close = m.group(4);
            if (open) { compoundStart = text.length(); compoundFirstWord = words.size(); }
            int start = text.length();
            text.append(word);
            words.add(new GoldWord(word, pos, start));
            boolean inCompound = compoundStart >= 0;
            if (!inCompound) singles.add(new int[]{words.size() - 1});
            if (close != null) {
                EntityType t = EntityType.fromPos(close);
                if (t != null && compoundStart >= 0) {
                    ents.add(new GoldEntity(compoundStart, text.length(), text.substring(compoundStart), t));
                }
                compoundStart = -1;
                compoundFirstWord = -1;
            }
        }
        // single-word entities outside compounds; merge surname + given name (nr nr pairs)
        List<Integer> idx = new ArrayList<>();
        for (int[] s : singles) idx.add(s[0]);
        java.util.Set<Integer> outside = new java.util.HashSet<>(idx);
        for (int k = 0; k < words.size(); k++) {
            if (!outside.contains(k)) continue;
            GoldWord w = words.get(k);
            EntityType t = EntityType.fromPos(w.pos());
            if (t == null) continue;
            if (t == EntityType.PERSON && k + 1 < words.size() && outside.contains(k + 1)
                    && "nr".equals(w.pos()) && "nr".equals(words.get(k + 1).pos())
                    && isSurnamePiece(w.word()) && words.get(k + 1).word().length() <= 2) {
                GoldWord g = words.get(k + 1);
                ents.add(new GoldEntity(w.start(), g.start() + g.word().length(), w.word() + g.word(), t));
                k++;
                continue;
            }
            ents.add(new GoldEntity(w.start(), w.start() + w.word().length(), w.word(), t));
        }
        ents.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new Paragraph(id, text.toString(), words, ents);
    }

    private static boolean isSurnamePiece(String w) {
        return w.length() == 1 || (w.length() == 2 && Lexicon.get().isCompoundSurname(w));
    }

    /** Groups paragraphs into articles (date-page-article), keeping order. */
    public static List<Article> articles(List<Paragraph> paragraphs) {
        Map<String, List<Paragraph>> map = new LinkedHashMap<>();
        for (Paragraph p : paragraphs) map.computeIfAbsent(p.articleId(), k -> new ArrayList<>()).add(p);
        List<Article> out = new ArrayList<>();
        map.forEach((k, v) -> out.add(new Article(k, v)));
        return out;
    }

    public static boolean inDays(Paragraph p, int fromDay, int toDay) {
        int day = Integer.parseInt(p.id().substring(6, 8));
        return day >= fromDay && day <= toDay;
    }
}
