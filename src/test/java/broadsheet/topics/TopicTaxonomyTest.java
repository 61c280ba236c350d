package broadsheet.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicTaxonomyTest {

    static final List<String> NINE_SECTORS = List.of("新一代信息技术", "高端装备制造", "新材料", "生物", "新能源汽车",
            "新能源", "节能环保", "数字创意", "相关服务");

    @Test
    void defaultTaxonomyHasTheNineSectorsInOrder() {
        TopicTaxonomy taxonomy = TopicTaxonomy.loadDefault();
        assertEquals(NINE_SECTORS, taxonomy.sectors());
        assertTrue(taxonomy.source().startsWith("classpath:"));
    }

    @Test
    void defaultTaxonomyHasRequiredSubTopics() {
        TopicTaxonomy taxonomy = TopicTaxonomy.loadDefault();
        for (String name : List.of("新一代信息技术/集成电路", "新一代信息技术/数字经济", "新一代信息技术/工业互联网",
                "新一代信息技术/人工智能", "新一代信息技术/大数据", "新一代信息技术/物联网", "新一代信息技术/软件",
                "新能源/光伏", "新能源/风电", "新能源/储能", "新能源/氢能", "生物/生物医药", "生物/医疗器械")) {
            Topic topic = taxonomy.topic(name).orElseThrow(() -> new AssertionError("missing " + name));
            assertEquals(TopicKind.SECTOR, topic.kind());
            assertTrue(topic.isSubTopic());
            assertTrue(topic.keywords().size() >= 3, name);
        }
    }

    @Test
    void defaultTaxonomyHasGeneralTopics() {
        TopicTaxonomy taxonomy = TopicTaxonomy.loadDefault();
        for (String name : List.of("疫情防控", "国防动员", "招商引资", "城市建设", "城市建设/基础设施", "乡村振兴",
                "文化旅游", "教育", "民生")) {
            assertEquals(TopicKind.GENERAL, taxonomy.kindOf(name).orElseThrow(() -> new AssertionError(name)), name);
        }
    }

    @Test
    void everySectorIsGenerouslyKeyworded() {
        TopicTaxonomy taxonomy = TopicTaxonomy.loadDefault();
        for (Topic topic : taxonomy.topics()) {
            if (!topic.isSubTopic()) {
                int total = topic.keywords().size();
                for (Topic sub : taxonomy.subTopics(topic.name())) {
                    total += sub.keywords().size();
                }
                assertTrue(total >= 10, topic.name() + " has only " + total + " keywords");
            }
        }
        for (String sector : NINE_SECTORS) {
            assertTrue(taxonomy.topic(sector).orElseThrow().keywords().size() >= 7, sector);
        }
    }

    @Test
    void subTopicsFollowTheirSector() {
        TopicTaxonomy taxonomy = TopicTaxonomy.loadDefault();
        List<Topic> topics = taxonomy.topics();
        for (int i = 0; i < topics.size(); i++) {
            Topic t = topics.get(i);
            if (t.isSubTopic()) {
                Topic parent = taxonomy.topic(t.sector()).orElseThrow();
                assertTrue(topics.indexOf(parent) < i);
                assertEquals(parent.kind(), t.kind());
            }
        }
    }

    @Test
    void sectorOf() {
        assertEquals("新一代信息技术", TopicTaxonomy.sectorOf("新一代信息技术/集成电路"));
        assertEquals("新一代信息技术", TopicTaxonomy.sectorOf("新一代信息技术"));
        assertEquals("疫情防控", TopicMatcher.sectorOf("疫情防控"));
        assertEquals("城市建设", TopicMatcher.sectorOf("城市建设/基础设施"));
        Topic chips = TopicTaxonomy.loadDefault().topic("新一代信息技术/集成电路").orElseThrow();
        assertEquals("新一代信息技术", chips.sector());
        assertEquals("集成电路", chips.subTopic().orElseThrow());
    }

    @Test
    void loadFromPathGivesSameTopicsAsDefault(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("topics.tsv");
        try (InputStream in = TopicTaxonomy.class.getResourceAsStream(TopicTaxonomy.DEFAULT_RESOURCE)) {
            Files.write(copy, in.readAllBytes());
        }
        TopicTaxonomy fromFile = TopicTaxonomy.load(copy);
        assertEquals(TopicTaxonomy.loadDefault().topics(), fromFile.topics());
        assertEquals(copy.toString(), fromFile.source());
    }

    @Test
    void toleratesBomCrlfBlankLinesCommentsAndSpacesAroundKeywords() {
        String content = "\uFEFF# comment\r\n\r\n   # indented comment\r\n甲\tsector\t 苹果 | 梨 \r\n甲/乙\tsector\t香蕉\r\n";
        TopicTaxonomy taxonomy = TopicTaxonomy.parse("mem.tsv", content);
        assertEquals(List.of("甲", "甲/乙"), taxonomy.topics().stream().map(Topic::name).toList());
        assertEquals(List.of("苹果", "梨"), taxonomy.topic("甲").orElseThrow().keywords());
        assertEquals(4, taxonomy.topic("甲").orElseThrow().line());
        assertEquals(5, taxonomy.topic("甲/乙").orElseThrow().line());
    }

    @Test
    void unknownTopicLookups() {
        TopicTaxonomy taxonomy = TopicTaxonomy.loadDefault();
        assertFalse(taxonomy.contains("不存在"));
        assertTrue(taxonomy.topic("不存在").isEmpty());
        assertTrue(taxonomy.subTopics("疫情防控").isEmpty());
    }

    @Test
    void defaultTaxonomyLoadsQuickly() {
        long t0 = System.nanoTime();
        int topics = 0;
        for (int i = 0; i < 20; i++) {
            topics = TopicTaxonomy.loadDefault().size();
        }
        long t1 = System.nanoTime();
        TopicMatcher matcher = new TopicMatcher(TopicTaxonomy.loadDefault());
        long t2 = System.nanoTime();
        System.out.printf("default taxonomy: %d topics, %d keywords; load %.2f ms, matcher build %.2f ms%n",
                topics, matcher.keywordCount(), (t1 - t0) / 20 / 1e6, (t2 - t1) / 1e6);
        assertEquals(Set.copyOf(matcher.topicNames()).size(), topics);
    }
}
