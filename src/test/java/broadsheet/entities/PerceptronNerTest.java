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
        }
        Path model = dir.resolve("tiny.bin.gz");
        NerTrainer.train(data, 5, model);
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
    void missingModelFailsClearly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EntityExtractor.builder().nerModel(Path.of("/nonexistent/ner.bin.gz")).build());
        assertTrue(e.getMessage().contains("/nonexistent/ner.bin.gz"), e.getMessage());
    }
}
