package broadsheet.topics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Quick micro measurement (prints, asserts nothing about time). Kept small because the build machine is
 * shared: about 150k sentences in total.
 */
class TopicMatcherThroughputTest {

    private static final String[] FILLER = {"今年以来，", "我市", "坚持", "高质量发展", "，全力推进", "各项工作",
            "取得明显成效", "。", "据悉，", "该项目", "位于", "经济技术开发区", "总投资", "亿元", "建成后", "预计年产值",
            "将达到", "市委常委会", "召开会议", "研究部署", "下一步", "重点工作", "有关负责人", "表示"};

    @Test
    void printSentencesPerSecond() {
        TopicTaxonomy taxonomy = TopicTaxonomy.loadDefault();
        TopicMatcher matcher = new TopicMatcher(taxonomy);
        List<String> keywords = new ArrayList<>();
        taxonomy.topics().forEach(t -> keywords.addAll(t.keywords()));

        Random random = new Random(42);
        List<String> sentences = new ArrayList<>();
        long chars = 0;
        for (int i = 0; i < 10_000; i++) {
            StringBuilder sb = new StringBuilder();
            int parts = 6 + random.nextInt(10);
            for (int p = 0; p < parts; p++) {
                sb.append(random.nextInt(4) == 0 ? keywords.get(random.nextInt(keywords.size()))
                        : FILLER[random.nextInt(FILLER.length)]);
            }
            sentences.add(sb.toString());
            chars += sb.length();
        }

        int found = 0;
        for (String s : sentences) { // warm-up
            found += matcher.primaryTopic(s).isPresent() ? 1 : 0;
        }
        int rounds = 10;
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (String s : sentences) {
                found += matcher.primaryTopic(s).isPresent() ? 1 : 0;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int total = rounds * sentences.size();
        System.out.printf("TopicMatcher: %d sentences (avg %.0f chars) in %.3f s = %.0f sentences/s, %.1f M chars/s%n",
                total, (double) chars / sentences.size(), seconds, total / seconds, rounds * chars / seconds / 1e6);
        assertTrue(found > 0);
    }
}
