package broadsheet.entities;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Trains a tiny model on sentences written for this test, then loads and decodes it through the extractor. */
class PerceptronNerTest {
    static String[][] sent(String spec) {
        String[] parts = spec.trim().split(" +");
        String[] w = new String[parts.length], p = new String[parts.length], t = new String[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String[] f = parts[i].split("/");
            w[i] = f[0]; p[i] = f[1]; t[i] = f[2];
        }
        return new String[][]{w, p, t};
    }

    /** Three sentences with a place, a person and two multi-word organisations (plus any given), each repeated. */
    static List<String[][]> tinyCorpus(int repeats, String... more) {
        List<String[][]> data = new ArrayList<>();
        for (int k = 0; k < repeats; k++) {
            data.add(sent("南通/ns/S-ns 星河/nz/B-nt 机械/n/M-nt 公司/nis/E-nt 召开/v/O 大会/n/O 。/w/O"));
            data.add(sent("王志明/nr/S-nr 来到/v/O 江海/ns/B-nt 大学/nis/E-nt 调研/vn/O 。/w/O"));
            data.add(sent("会议/n/O 在/p/O 盐城/ns/S-ns 举行/v/O 。/w/O"));
            for (String m : more) data.add(sent(m));
        }
        return data;
    }

    @Test
    void tinyModelTrainsLoadsAndDecodesMultiWordOrganisations(@TempDir Path dir) throws Exception {
        List<String[][]> data = tinyCorpus(20, "代表团/n/O 来到/v/O 盐城/ns/S-ns 调研/vn/O 。/w/O"); // 来到 not only after a name
        Path model = dir.resolve("tiny.bin.gz");
        NerTrainer.train(data, 20, model);
        PerceptronNer ner = PerceptronNer.load(model);
        var toks = EntityExtractorTest.manual("南通/ns 星河/nz 机械/n 公司/nis 召开/v 大会/n 。/w").tokens();
        List<PerceptronNer.Span> spans = ner.recognize(toks);
        assertTrue(spans.contains(new PerceptronNer.Span(0, 1, EntityType.PLACE)), spans.toString());
        assertTrue(spans.contains(new PerceptronNer.Span(1, 4, EntityType.ORGANIZATION)), spans.toString());

        EntityExtractor x = EntityExtractor.builder().nerModel(model).build();
        var ms = EntityExtractorTest.run(x, EntityExtractorTest.manual("王志明/nr 来到/v 江海/ns 大学/nis 调研/vn 。/w"));
        assertEquals(List.of("王志明", "江海大学"), ms.stream().map(EntityMention::surface).toList());
        assertEquals(EntityMention.Methods.PERCEPTRON, ms.get(1).method());

        // one model shared by several threads gives the same answers
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<PerceptronNer.Span>>> fs = new ArrayList<>();
            for (int i = 0; i < 100; i++) fs.add(pool.submit(() -> ner.recognize(toks)));
            for (var f : fs) assertEquals(spans, f.get());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void characterFeaturesRecogniseWordsTheTrainingNeverSaw(@TempDir Path dir) throws Exception {
        // every word has the same tag and the same context: only its characters tell a surname or a county apart
        List<String[][]> data = new ArrayList<>();
        String[] people = {"王志明", "王建国", "王晓红", "王海涛"}, places = {"东台县", "如皋县", "海安县", "启东县"};
        String[] others = {"工作会", "新技术", "好办法", "大项目"};
        for (int k = 0; k < 10; k++) {
            for (String w : people) data.add(sent("今天/t/O " + w + "/n/S-nr 很/d/O 好/a/O 。/w/O"));
            for (String w : places) data.add(sent("今天/t/O " + w + "/n/S-ns 很/d/O 好/a/O 。/w/O"));
            for (String w : others) data.add(sent("今天/t/O " + w + "/n/O 很/d/O 好/a/O 。/w/O"));
        }
        Path model = dir.resolve("chars.bin.gz");
        NerTrainer.train(data, 20, model);
        PerceptronNer ner = PerceptronNer.load(model);
        assertEquals(List.of(new PerceptronNer.Span(1, 2, EntityType.PERSON)),
                ner.recognize(EntityExtractorTest.manual("今天/t 王大林/n 很/d 好/a 。/w").tokens()));
        assertEquals(List.of(new PerceptronNer.Span(1, 2, EntityType.PLACE)),
                ner.recognize(EntityExtractorTest.manual("今天/t 射阳县/n 很/d 好/a 。/w").tokens()));
        assertEquals(List.of(), ner.recognize(EntityExtractorTest.manual("今天/t 新思路/n 很/d 好/a 。/w").tokens()));
    }

    @Test
    void fastFeaturesAndViterbiGiveHanlpsFeaturesAndTagsOnRandomSentences(@TempDir Path dir) throws Exception {
        List<String[][]> data = tinyCorpus(10, "市长/nnt/O 王志明/nr/S-nr 来到/v/O 无锡/ns/S-ns 。/w/O");
        Path model = dir.resolve("viterbi.bin.gz");
        NerTrainer.train(data, 3, model);
        PerceptronNer ner = PerceptronNer.load(model);
        String[] words = {"南通", "星河", "机械", "公司", "召开", "大会", "。", "王志明", "来到", "江海", "大学", "调研", "会议", "在",
                "盐城", "举行", "李", "新", "县", "集团", "没见过的词", "_B_", "_E_", "市长", "省长", "无锡"};
        String[] tags = {"ns", "nz", "n", "nis", "v", "w", "nr", "vn", "p", "nt", "a"};
        java.util.Random r = new java.util.Random(42);
        int entities = 0;
        for (int s = 0; s < 2000; s++) {
            int n = 1 + r.nextInt(12);
            String[] w = new String[n], p = new String[n];
            for (int i = 0; i < n; i++) { w[i] = words[r.nextInt(words.length)]; p[i] = tags[r.nextInt(tags.length)]; }
            String[] expected = ner.decodeWithHanlp(w, p);
            int[][] hanlpFeatures = new NerFeatures(w, p, ner.featureMap()).featureMatrix;
            assertArrayEquals(hanlpFeatures, ner.index().features(w, p), String.join(" ", w) + " / " + String.join(" ", p));
            assertArrayEquals(expected, ner.decode(hanlpFeatures), String.join(" ", w) + " / " + String.join(" ", p));
            for (String t : expected) if (!t.equals("O")) entities++;
        }
        assertTrue(entities > 1000, "random sentences should hold entity tags too: " + entities);
    }

    @Test
    void droppingZeroWeightFeaturesKeepsEveryTag(@TempDir Path dir) throws Exception {
        List<String[][]> data = tinyCorpus(10);
        Path full = dir.resolve("full.bin.gz"), pruned = dir.resolve("pruned.bin.gz");
        NerTrainer.train(data, 3, full, false);
        try (var in = new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(full))) {
            NerTrainer.writeWithoutZeroFeatures(in.readAllBytes(), pruned);
        }
        PerceptronNer a = PerceptronNer.load(full), b = PerceptronNer.load(pruned);
        assertTrue(b.index().size() < a.index().size(), b.index().size() + " of " + a.index().size());
        String[] words = {"南通", "星河", "机械", "公司", "召开", "大会", "。", "王志明", "来到", "江海", "大学", "调研", "会议", "在",
                "盐城", "举行", "李", "新", "县", "集团"};
        String[] tags = {"ns", "nz", "n", "nis", "v", "w", "nr", "vn", "p", "nt", "a"};
        java.util.Random r = new java.util.Random(7);
        for (int s = 0; s < 2000; s++) {
            int n = 1 + r.nextInt(12);
            String[] w = new String[n], p = new String[n];
            for (int i = 0; i < n; i++) { w[i] = words[r.nextInt(words.length)]; p[i] = tags[r.nextInt(tags.length)]; }
            assertArrayEquals(a.decodeWithHanlp(w, p), b.decode(b.index().features(w, p)), String.join(" ", w));
        }
    }

    @Test
    void missingModelFailsClearly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EntityExtractor.builder().nerModel(Path.of("/nonexistent/ner.bin.gz")).build());
        assertTrue(e.getMessage().contains("/nonexistent/ner.bin.gz"), e.getMessage());
    }
}
