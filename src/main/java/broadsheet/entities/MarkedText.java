package broadsheet.entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reader for hand-marked gold text ({@code src/eval/city-news-dev.txt}): one paragraph per line, entities marked
 * {@code [[surface|nr]]}, {@code [[surface|ns]]} or {@code [[surface|nt]]}, a blank line between articles, lines
 * starting with {@code #} ignored. Gives the same articles and gold entities as {@link PkuCorpus}, so one evaluation
 * scores both.
 */
public final class MarkedText {
    private MarkedText() {}

    public static List<PkuCorpus.Article> read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
    }

    static List<PkuCorpus.Article> parse(String content, String name) {
        List<PkuCorpus.Article> out = new ArrayList<>();
        List<PkuCorpus.Paragraph> paras = new ArrayList<>();
        String[] lines = content.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.startsWith("#")) continue;
            if (line.isEmpty()) {
                if (!paras.isEmpty()) out.add(new PkuCorpus.Article(name + "#" + out.size(), paras));
                paras = new ArrayList<>();
                continue;
            }
            paras.add(paragraph(line, name + ":" + (n + 1)));
        }
        if (!paras.isEmpty()) out.add(new PkuCorpus.Article(name + "#" + out.size(), paras));
        return out;
    }

    static PkuCorpus.Paragraph paragraph(String line, String where) {
        StringBuilder text = new StringBuilder();
        List<PkuCorpus.GoldEntity> ents = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            int open = line.indexOf("[[", i);
            if (open < 0) { text.append(line, i, line.length()); break; }
            text.append(line, i, open);
            int close = line.indexOf("]]", open);
            int bar = line.lastIndexOf('|', close);
            if (close < 0 || bar < open) throw new IllegalArgumentException(where + ": unclosed or untyped mark at column " + (open + 1));
            String surface = line.substring(open + 2, bar), label = line.substring(bar + 1, close);
            EntityType type = EntityType.fromPos(label);
            if (type == null || surface.isEmpty() || surface.contains("[["))
                throw new IllegalArgumentException(where + ": bad mark [[" + surface + "|" + label + "]] (types: nr, ns, nt)");
            ents.add(new PkuCorpus.GoldEntity(text.length(), text.length() + surface.length(), surface, type));
            text.append(surface);
            i = close + 2;
        }
        if (text.indexOf("]]") >= 0 || text.indexOf("[[") >= 0) throw new IllegalArgumentException(where + ": stray [[ or ]]");
        return new PkuCorpus.Paragraph(where, text.toString(), List.of(), ents);
    }
}
