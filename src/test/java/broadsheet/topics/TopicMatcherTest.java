package broadsheet.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TopicMatcherTest {

    static TopicMatcher matcher;

    /** Small hand-made taxonomy to pin down ordering rules. */
    static final String FRUIT = String.join("\n",
            "甲\tsector\t甲总",
            "甲/子一\tsector\t苹果",
            "甲/子二\tsector\t香蕉",
            "乙\tsector\t葡萄",
            "丙\tgeneral\t西瓜",
            "丁\tgeneral\t草莓");

    static TopicMatcher fruit(String content) {
        return new TopicMatcher(TopicTaxonomy.parse("fruit.tsv", content));
    }

    @BeforeAll
    static void build() {
        matcher = new TopicMatcher(TopicTaxonomy.loadDefault());
    }

    // ------------------------------------------------------------------ longest match

    @Test
    void longerKeywordWins() {
        assertEquals(List.of(new KeywordHit("新能源汽车", "新能源汽车", 2, 7)), matcher.find("发展新能源汽车"));
        assertEquals(Optional.of("新能源汽车"), matcher.primaryTopic("新能源汽车产业链"));
        assertEquals(Optional.of("新能源/光伏"), matcher.primaryTopic("新能源光伏"));
        assertEquals(Optional.of("新材料/先进化工材料"), matcher.primaryTopic("光刻胶"));
        assertEquals(Optional.of("新一代信息技术/集成电路"), matcher.primaryTopic("光刻机"));
        assertEquals(Optional.of("疫情防控"), matcher.primaryTopic("疫苗接种"));
        assertEquals(Optional.of("生物/生物医药"), matcher.primaryTopic("疫苗研发"));
        assertEquals(Optional.of("节能环保/资源循环利用"), matcher.primaryTopic("动力电池回收"));
        assertEquals(Optional.of("新能源/储能"), matcher.primaryTopic("储能电池"));
        assertEquals(Optional.of("新能源/氢能"), matcher.primaryTopic("氢燃料电池"));
        assertEquals(Optional.of("新能源汽车"), matcher.primaryTopic("氢燃料电池汽车"));
        assertEquals(Optional.of("新一代信息技术"), matcher.primaryTopic("新型基础设施"));
        assertEquals(Optional.of("城市建设/基础设施"), matcher.primaryTopic("基础设施"));
    }

    @Test
    void shortKeywordStraddlingAWordBoundaryDoesNotHideALongerOne() {
        // 整治安全隐患 contains 治安 (社会治理) across the word boundary; 安全隐患 is longer and wins
        List<KeywordHit> hits = matcher.find("整治安全隐患");
        assertEquals(List.of(new KeywordHit("安全隐患", "安全生产", 2, 6)), hits);
    }

    @Test
    void countsEveryOccurrenceAndListsDistinctKeywordsInOrder() {
        List<TopicMatch> matches = matcher.match("芯片产能扩大，芯片设计企业增加，晶圆和芯片需求旺盛");
        assertEquals(1, matches.size());
        TopicMatch m = matches.get(0);
        assertEquals("新一代信息技术/集成电路", m.topic());
        assertEquals("新一代信息技术", m.sector());
        assertEquals(TopicKind.SECTOR, m.kind());
        assertEquals(4, m.hits());
        assertEquals(4, m.sectorHits());
        assertEquals(List.of("芯片", "芯片设计", "晶圆"), m.keywords());
        assertTrue(m.isSubTopic());
    }

    @Test
    void findReportsOffsetsInTextOrder() {
        String text = "建设光伏电站和海上风电";
        List<KeywordHit> hits = matcher.find(text);
        assertEquals(List.of(new KeywordHit("光伏电站", "新能源/光伏", 2, 6), new KeywordHit("海上风电", "新能源/风电", 7, 11)),
                hits);
        for (KeywordHit h : hits) {
            assertEquals(h.keyword(), text.substring(h.start(), h.end()));
        }
    }

    // ------------------------------------------------------------------ normalisation and ASCII boundaries

    @Test
    void asciiKeywordsAreCaseAndWidthInsensitive() {
        assertEquals(Optional.of("新一代信息技术/人工智能"), matcher.primaryTopic("ＡＩ技术赋能制造业"));
        assertEquals(Optional.of("新一代信息技术/人工智能"), matcher.primaryTopic("ai技术赋能制造业"));
        assertEquals(Optional.of("新一代信息技术/信息网络"), matcher.primaryTopic("实现５Ｇ网络全覆盖"));
        List<KeywordHit> hits = matcher.find("国产Ｃ９１９交付");
        assertEquals(List.of(new KeywordHit("C919", "高端装备制造/航空航天", 2, 6)), hits);
    }

    @Test
    void asciiKeywordsRespectWordBoundaries() {
        assertEquals(List.of(), matcher.match("请发送EMAIL至邮箱"));   // no AI inside EMAIL
        assertEquals(List.of(), matcher.match("型号为X5GT的设备"));     // no 5G inside X5GT
        assertEquals(Optional.of("生物/生物医药"), matcher.primaryTopic("CAR-T细胞疗法")); // not AR
        assertEquals(Optional.of("新一代信息技术/人工智能"), matcher.primaryTopic("发展AI产业"));
        assertEquals(Optional.of("新一代信息技术/人工智能"), matcher.primaryTopic("AI"));
    }

    @Test
    void nullAndEmptyTextHaveNoTopics() {
        assertEquals(List.of(), matcher.match(null));
        assertEquals(List.of(), matcher.match(""));
        assertEquals(List.of(), matcher.match("今天天气晴朗，气温适宜。"));
        assertEquals(Optional.empty(), matcher.primaryTopic("今天天气晴朗，气温适宜。"));
        assertEquals(Optional.empty(), matcher.primaryTopic(null));
        assertEquals(List.of(), matcher.find(null));
    }

    // ------------------------------------------------------------------ ordering and ties

    @Test
    void sectorGroupIsDecidedByAllItsKeywords() {
        TopicMatcher m = fruit(FRUIT);
        // 甲: 苹果 + 香蕉 = 2 beats 乙: 葡萄 = 1 although no single topic of 甲 has more hits than 乙
        List<TopicMatch> matches = m.match("葡萄苹果香蕉");
        assertEquals(List.of("甲/子一", "甲/子二", "乙"), matches.stream().map(TopicMatch::topic).toList());
        assertEquals(List.of(2, 2, 1), matches.stream().map(TopicMatch::sectorHits).toList());
        assertEquals(List.of(1, 1, 1), matches.stream().map(TopicMatch::hits).toList());
    }

    @Test
    void tiesBetweenSectorsGoToTaxonomyOrderNotTextOrder() {
        TopicMatcher m = fruit(FRUIT);
        assertEquals(Optional.of("乙"), m.primaryTopic("葡萄西瓜"));
        assertEquals(Optional.of("乙"), m.primaryTopic("西瓜葡萄"));
        assertEquals(Optional.of("丙"), m.primaryTopic("草莓西瓜"));
        assertEquals(List.of("甲/子一", "乙", "丙", "丁"),
                m.match("草莓西瓜葡萄苹果").stream().map(TopicMatch::topic).toList());
    }

    @Test
    void reorderingTheFileReordersTies() {
        String reordered = String.join("\n",
                "丁\tgeneral\t草莓",
                "丙\tgeneral\t西瓜",
                "乙\tsector\t葡萄");
        TopicMatcher m = fruit(reordered);
        assertEquals(Optional.of("丁"), m.primaryTopic("葡萄西瓜草莓"));
        assertEquals(List.of("丁", "丙", "乙"), m.match("葡萄西瓜草莓").stream().map(TopicMatch::topic).toList());
    }

    @Test
    void rankingChosenHitsGivesSectorTiesToTheFirstNamed() {
        TopicMatcher m = fruit(FRUIT);
        // a phrase: the item named first is the head, whatever the file order
        assertEquals(Optional.of("丙"), m.primaryTopic(m.find("西瓜及葡萄"), null));
        assertEquals(Optional.of("乙"), m.primaryTopic(m.find("葡萄及西瓜"), null));
        // more hits still win, and a group still counts all its keywords
        assertEquals(Optional.of("乙"), m.primaryTopic(m.find("西瓜葡萄葡萄"), null));
        assertEquals(Optional.of("甲/子一"), m.primaryTopic(m.find("葡萄苹果香蕉"), null));
        // inside a group the usual order: more hits, then sub-topic, then file order
        assertEquals(Optional.of("甲/子一"), m.primaryTopic(m.find("香蕉苹果"), null));
        assertEquals(Optional.of("甲"), m.primaryTopic(m.find("甲总甲总苹果"), null));
        // the kind filter, a subset of hits, and nothing
        assertEquals(Optional.of("乙"), m.primaryTopic(m.find("西瓜及葡萄"), TopicKind.SECTOR));
        assertEquals(Optional.of("丙"), m.primaryTopic(m.find("葡萄及西瓜").subList(1, 2), null));
        assertEquals(Optional.empty(), m.primaryTopic(List.of(), null));
        assertEquals(Optional.empty(), m.primaryTopic((List<KeywordHit>) null, null));
    }

    @Test
    void rankingChosenHitsOnTheDefaultTaxonomy() {
        String phrase = "8个新能源汽车及核心零部件项目";
        assertEquals(Optional.of("高端装备制造"), matcher.primaryTopic(phrase, TopicKind.SECTOR)); // file order
        assertEquals(Optional.of("新能源汽车"), matcher.primaryTopic(matcher.find(phrase), TopicKind.SECTOR));
    }

    @Test
    void subTopicBeatsItsSectorOnEqualHitsButNotOnFewer() {
        TopicMatcher m = fruit(FRUIT);
        assertEquals(Optional.of("甲/子一"), m.primaryTopic("甲总苹果"));
        assertEquals(Optional.of("甲/子一"), m.primaryTopic("苹果甲总"));
        assertEquals(Optional.of("甲"), m.primaryTopic("甲总甲总苹果"));
        assertEquals(Optional.of("甲/子二"), m.primaryTopic("苹果香蕉香蕉"));
        assertEquals(Optional.of("甲/子一"), m.primaryTopic("香蕉苹果")); // tie inside the group: file order
    }

    @Test
    void resultsAreDeterministicAcrossCallsAndInstances() {
        String sentence = "光伏风电储能氢能新能源汽车芯片疫情防控民兵招商引资";
        List<TopicMatch> first = matcher.match(sentence);
        TopicMatcher other = new TopicMatcher(TopicTaxonomy.loadDefault());
        for (int i = 0; i < 20; i++) {
            assertEquals(first, matcher.match(sentence));
            assertEquals(first, other.match(sentence));
        }
        // 新能源 group has 4 hits and wins; inside it the sub-topics tie at 1 and keep file order
        assertEquals(List.of("新能源/光伏", "新能源/风电", "新能源/储能", "新能源/氢能", "新一代信息技术/集成电路",
                        "新能源汽车", "疫情防控", "国防动员", "招商引资"),
                first.stream().map(TopicMatch::topic).toList());
    }

    @Test
    void kindFilterLetsASectorWinOverGeneralNews() {
        String sentence = "签约仪式上，投资30亿元的芯片项目正式落户高新区";
        assertEquals(Optional.of("招商引资"), matcher.primaryTopic(sentence));
        assertEquals(Optional.of("新一代信息技术/集成电路"), matcher.primaryTopic(sentence, TopicKind.SECTOR));
        assertEquals(Optional.of("招商引资"), matcher.primaryTopic(sentence, TopicKind.GENERAL));
        assertEquals(Optional.empty(), matcher.primaryTopic("核酸检测", TopicKind.SECTOR));
    }

    // ------------------------------------------------------------------ articles

    @Test
    void headlineIsWeightedHigher() {
        List<String> body = List.of("项目包括光伏组件生产线。", "配套建设储能电站，", "并建设共享储能示范项目。");
        String headline = "光伏项目开工";
        assertEquals(Optional.of("新能源/光伏"), matcher.dominantTopic(body, headline));
        assertEquals(Optional.of("新能源/储能"), matcher.dominantTopic(body, null));
        List<TopicMatch> ranked = matcher.matchArticle(body, headline);
        assertEquals("新能源/光伏", ranked.get(0).topic());
        assertEquals(1 + TopicMatcher.HEADLINE_WEIGHT, ranked.get(0).hits());
        assertEquals(List.of("光伏", "光伏组件"), ranked.get(0).keywords()); // headline keywords first
        assertEquals(2, ranked.get(1).hits());
        assertEquals(6, ranked.get(0).sectorHits());
    }

    @Test
    void headlineCanOutweighSeveralBodySentences() {
        List<String> body = List.of("全市新增就业岗位一万个。", "发放消费券。");
        assertEquals(Optional.of("民生"), matcher.dominantTopic(body, ""));
        assertEquals(Optional.of("疫情防控"), matcher.dominantTopic(body, "核酸检测点位优化调整"));
    }

    @Test
    void articleTiesAreDeterministic() {
        List<String> a = List.of("建设风电场。", "建设光伏电站。");
        List<String> b = List.of("建设光伏电站。", "建设风电场。");
        assertEquals(Optional.of("新能源/光伏"), matcher.dominantTopic(a, null));
        assertEquals(Optional.of("新能源/光伏"), matcher.dominantTopic(b, null));
        // across sectors and kinds: the earlier taxonomy entry wins
        assertEquals(Optional.of("新一代信息技术/集成电路"), matcher.dominantTopic(List.of("民兵训练", "芯片工厂"), null));
        assertEquals(Optional.of("国防动员"), matcher.dominantTopic(List.of("民兵训练", "芯片工厂"), null, TopicKind.GENERAL));
    }

    @Test
    void articleWithoutKeywordsOrWithNullsHasNoDominantTopic() {
        assertEquals(Optional.empty(), matcher.dominantTopic(List.of("今天天气晴朗。"), "天气预报"));
        assertEquals(Optional.empty(), matcher.dominantTopic(List.of(), null));
        assertEquals(Optional.empty(), matcher.dominantTopic(null, null));
        assertEquals(Optional.of("教育"), matcher.dominantTopic(Arrays.asList(null, "幼儿园开园", null), null));
    }

    // ------------------------------------------------------------------ misc

    @Test
    void kindOfAndTopicNames() {
        assertEquals(Optional.of(TopicKind.SECTOR), matcher.kindOf("新能源/光伏"));
        assertEquals(Optional.of(TopicKind.GENERAL), matcher.kindOf("疫情防控"));
        assertEquals(Optional.empty(), matcher.kindOf("不存在"));
        assertEquals(TopicTaxonomy.loadDefault().topics().stream().map(Topic::name).toList(), matcher.topicNames());
    }

    @Test
    void survivesJavaSerialization() throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(matcher);
        }
        TopicMatcher copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (TopicMatcher) in.readObject();
        }
        System.out.printf("serialized TopicMatcher: %d bytes%n", bytes.size());
        List<String> sentences = new ArrayList<>(List.of("晶圆芯片制造项目开工", "核酸检测", "民兵整组", "光伏电站并网"));
        for (String s : sentences) {
            assertEquals(matcher.match(s), copy.match(s));
        }
    }
}
