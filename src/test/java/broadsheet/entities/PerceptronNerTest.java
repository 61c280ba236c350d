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

    @Test
    void tinyModelTrainsLoadsAndDecodesMultiWordOrganisations(@TempDir Path dir) throws Exception {
        List<String[][]> data = new ArrayList<>();
        for (int k = 0; k < 20; k++) {
            data.add(sent("南通/ns/S-ns 星河/nz/B-nt 机械/n/M-nt 公司/nis/E-nt 召开/v/O 大会/n/O 。/w/O"));
            data.add(sent("王志明/nr/S-nr 来到/v/O 江海/ns/B-nt 大学/nis/E-nt 调研/vn/O 。/w/O"));
            data.add(sent("会议/n/O 在/p/O 盐城/ns/S-ns 举行/v/O 。/w/O"));
            data.add(sent("代表团/n/O 来到/v/O 盐城/ns/S-ns 调研/vn/O 。/w/O")); // 来到 not only after a name
        }
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
    void missingModelFailsClearly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EntityExtractor.builder().nerModel(Path.of("/nonexistent/ner.bin.gz")).build());
        assertTrue(e.getMessage().contains("/nonexistent/ner.bin.gz"), e.getMessage());
    }
}
