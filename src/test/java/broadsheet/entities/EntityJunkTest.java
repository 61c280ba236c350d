package broadsheet.entities;

import broadsheet.nlp.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static broadsheet.entities.EntityExtractorTest.manual;
import static broadsheet.entities.EntityExtractorTest.run;
import static broadsheet.entities.EntityExtractorTest.runText;
import static broadsheet.entities.EntityExtractorTest.surfaces;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Junk an analyst saw in entity tables of city news, reproduced with sentences written for this test (names and
 * companies invented) and tokens spelled out as HanLP's standard segmenter cuts such sentences.
 */
class EntityJunkTest {
    static final EntityExtractor RULES = EntityExtractor.defaults();

    @Test
    void halfWidthCommaSplitsAGluedToken() {
        List<Token> t = TokenRefiner.splitAtPunctuation(new Token("长周明远,蓝海集团", "ntc", 4));
        assertEquals(List.of("长周明远", ",", "蓝海集团"), t.stream().map(Token::word).toList());
        assertEquals(List.of(4, 8, 9), t.stream().map(Token::offset).toList());
        assertEquals("w", t.get(1).pos());
        assertEquals("ntc", t.get(2).pos());
        assertNull(TokenRefiner.splitAtPunctuation(new Token("1,200", "m", 0)), "a number keeps its thousands separator");
        assertNull(TokenRefiner.splitAtPunctuation(new Token("蓝海集团", "nt", 0)));
    }

    @Test
    void noEntitySpansAComma() {
        for (EntityExtractor x : List.of(RULES, EntityExtractor.builder().refineTokens(true).build())) {
            List<EntityMention> ms = run(x, manual("星海/nz 医疗集团/nt 董事/n 长周明远,蓝海集团/ntc 创始人/n 出席/v 。/w"),
                    manual("市长/nnt 李文涛/nr ,省商务厅/nt 厅长/nnt 吴宏/nr 等/u 参加/v 。/w"));
            for (EntityMention m : ms) assertFalse(m.surface().contains(","), m.toString());
            assertTrue(surfaces(ms, EntityType.ORGANIZATION).contains("蓝海集团"), ms.toString());
            assertTrue(surfaces(ms, EntityType.ORGANIZATION).contains("省商务厅"), ms.toString());
        }
    }

    @Test
    void wordsEndingInANounOrFunctionSuffixAreNoPersons() {
        List<EntityMention> ms = run(RULES, manual("当前/t 正/d 处于/v 转型/vn 的/uj 攻坚期/nr ,/w 各/r 部门/n 要/v 坚持/v 。/w"),
                manual("他/r 通过/p 视频/n 连线各/nr 镇/n 分会场/n ,/w 要求/v 企业/n 开展/v 首创性/nr 研究/vn 。/w"),
                manual("经理/nnt 王国栋/nr 介绍/v 了/ul 情况/n 。/w"));
        assertEquals(List.of("王国栋"), surfaces(ms, EntityType.PERSON));
        assertTrue(EntityExtractor.wordShaped("关键期"));
        assertFalse(EntityExtractor.wordShaped("陈建刚"));
    }

    @Test
    void organisationsDoNotStartWithANumbersUnitOrAVerb() {
        List<EntityMention> ms = run(RULES,
                manual("项目/n 总/b 投资/n 超/v 50/m 亿/m 元建设/nr 储能电池生产基地/nt ,/w 年/q 产值/n 可/v 观/v 。/w"),
                manual("该/r 企业/n 今年/t 新建/v 绿色工厂/nt 两/m 座/q 。/w"),
                manual("全区/n 新增/v 9/m 个/q 研发基地/nt 、/w 3/m 家/q 宜兴环保科技公司/nt 。/w"));
        List<String> orgs = surfaces(ms, EntityType.ORGANIZATION);
        assertEquals(List.of("宜兴环保科技公司"), orgs, "a counted organisation is kept when it names something");
    }

    @Test
    void placeFragmentsAndAbbreviatedZones() {
        List<EntityMention> ms = run(RULES, manual("为/p 全市/n 产业/n 升级/vn 夯/n 基垒台/ns 。/w"),
                manual("江阴/ns 经/p 开区/ns 现场/s 作/v 了/ul 推介/v 。/w"));
        assertEquals(List.of("江阴经开区"), surfaces(ms, EntityType.PLACE));
    }

    @Test
    void oneCharacterCountryAbbreviationsInCompoundsArePlaces() {
        List<EntityMention> ms = EntityExtractorTest.runText(RULES, "两国领导人就推动中美关系健康发展交换意见。",
                "会议讨论了中日韩自贸区谈判和中欧班列开行情况。");
        List<EntityMention> abbr = ms.stream().filter(m -> EntityMention.Methods.ABBREVIATION.equals(m.method())).toList();
        assertEquals(List.of("中", "美", "中", "日", "韩"), abbr.stream().map(EntityMention::surface).toList().subList(0, 5), ms.toString());
        assertEquals(List.of("中国", "美国", "中国", "日本", "韩国"), abbr.stream().map(EntityMention::canonical).toList().subList(0, 5));
        assertTrue(abbr.stream().allMatch(m -> m.type() == EntityType.PLACE));
        // not in ordinary words: 活动中|日益, 其中|美, 中巴车, dates (3日美方)
        List<EntityMention> none = run(RULES, manual("活动/vn 中/f 日益/d 增多/v ,/w 其中/r 美/a 的/uj 部分/n 乘/v 中巴车/n 。/w"));
        assertTrue(none.stream().noneMatch(m -> EntityMention.Methods.ABBREVIATION.equals(m.method())), none.toString());
        List<EntityMention> off = EntityExtractorTest.runText(EntityExtractor.builder().countryAbbreviations(false).build(),
                "两国领导人就推动中美关系健康发展交换意见。");
        assertTrue(off.stream().noneMatch(m -> EntityMention.Methods.ABBREVIATION.equals(m.method())), off.toString());
    }

    @Test
    void noSurnameBeforeATitleAfterACountOrAConjunction() {
        List<EntityMention> ms = run(RULES, manual("波罗的海/ns 3/m 国/n 总统/nnt 出席/v 。/w"),
                manual("取得/v 了/ul 成果/n ,/w 但/c 总/b 的/uj 说/v 成效/n 不/d 大/a 。/w"),
                manual("他/r 会见/v 了/ul 江/nr 主席/nnt 。/w"));
        assertEquals(List.of("江"), surfaces(ms, EntityType.PERSON));
    }

    @Test
    void datelinesAndOpenBracketsAreTrimmedOffOrganisations() {
        List<EntityMention> ms = run(RULES, manual("本报/r 讯锡山海关/nt 积极/ad 探索/v 监管/vn 模式/n 。/w"),
                manual("本报/r 讯/ng （/w 太湖广播电台/nt 记者/nnt 周明远/nr ）/w 报道/v 。/w"),
                manual("（太湖广播电台/nt 记者/nnt 周明远/nr ）/w"));
        assertEquals(List.of("锡山海关", "太湖广播电台", "太湖广播电台"), surfaces(ms, EntityType.ORGANIZATION), ms.toString());
    }

    @Test
    void aPrefixCharacterGluedToAnOrganisationIsItsFirstCharacter() {
        List<EntityMention> ms = run(RULES, manual("他/r 走访/v 了/ul 澄/h 芯纳/n 米/q 科技公司/nt 、/w 惠山/ns 精工集团/nt 。/w"));
        assertEquals(List.of("澄芯纳米科技公司", "惠山精工集团"), surfaces(ms, EntityType.ORGANIZATION), ms.toString());
    }

    // ---------------------------------------------------------------- names HanLP cut into pieces

    @Test
    void oneCharacterPiecesCutOffAnUnknownNameStartTheOrganisation() {
        List<EntityMention> ms = run(RULES,
                // a preposition and a prefix HanLP made of the first two characters, after a verb
                manual("副/b 市长/nnt 周明远/nr 来到/v 比/p 特/h 朗宜兴公司/nt 、/w 星海/nz 车灯/n 公司/n 调研/vn 。/w"),
                // a verb and an abbreviation HanLP made of them, after punctuation
                manual("在/p 宏达科技公司/nt 、/w 瀚/v 川/j 新/a 材料科技(南通)公司/nt ,/w 他/r 勉励/v 企业/n 创新/v 。/w"),
                // one classifier with no number before it
                manual("签约/v 企业/n 有/v 蓝湾集团/nt 、/w 天/q 源储能科技公司/ntc 等/u 。/w"));
        assertEquals(List.of("比特朗宜兴公司", "星海车灯公司", "宏达科技公司", "瀚川新材料科技(南通)公司", "蓝湾集团", "天源储能科技公司"),
                surfaces(ms, EntityType.ORGANIZATION), ms.toString());
    }

    @Test
    void piecesThroughHanlpsOwnSegmentation() {
        List<EntityMention> ms = runText(RULES, "市领导来到比特朗宜兴公司、天源储能科技公司调研。",
                "他先后走访了恒达精工(南通)有限公司和鸿泰新能源装备(盐城)公司。");
        assertEquals(List.of("比特朗宜兴公司", "天源储能科技公司", "恒达精工(南通)有限公司", "鸿泰新能源装备(盐城)公司"),
                surfaces(ms, EntityType.ORGANIZATION), ms.toString());
    }

    @Test
    void piecesThatAreWordsOfTheirOwnStayOutOfTheName() {
        List<EntityMention> ms = run(RULES,
                // a real preposition after a noun: only the prefix joins
                manual("今年/t 产量/n 比/p 亚/h 星公司/nt 高/a 两/m 成/q 。/w"),
                // two pieces that make a dictionary word (做好)
                manual("他/r 说/v ，/w 做/v 好/a 市政府/nt 的/uj 工作/vn 最/d 要紧/a 。/w"),
                // bound to 之 (太湖之滨), and a function word (在)
                manual("学校/n 坐落/v 在/p 太湖/ns 之/u 畔/vg 江南大学/nt 旁/f ，/w 在/p 宏达科技公司/nt 对面/f 。/w"),
                // a preposition before a free word
                manual("这/r 部/q 戏/n 由/p 市文化局/nt 出品/v 。/w"));
        assertEquals(List.of("亚星公司", "市政府", "江南大学", "宏达科技公司", "市文化局"), surfaces(ms, EntityType.ORGANIZATION), ms.toString());
    }

    // ---------------------------------------------------------------- bracketed qualifiers

    @Test
    void organisationsWithABracketedPlaceQualifierAreWhole() {
        List<EntityMention> ms = runText(RULES, "在澄星电器(宿迁)有限公司，工人正在调试新设备。");
        assertEquals(List.of("澄星电器(宿迁)有限公司"), surfaces(ms, EntityType.ORGANIZATION), ms.toString());
        ms = run(RULES,
                // HanLP's organisation begins inside the bracket
                manual("参观/v 了/ul 远帆/nz 电器/n (/w 淮安)有限公司/nt 、/w 金桥/nz 物流/n （/w 徐州）公司/nt 。/w"),
                // HanLP's word runs into the bracket
                manual("编者按/n ：/w 江北/ns 建材（集团/nt ）/w 有限责任公司/nt 今年/t 扩产/v 。/w"));
        assertEquals(List.of("远帆电器(淮安)有限公司", "金桥物流（徐州）公司", "江北建材（集团）有限责任公司"),
                surfaces(ms, EntityType.ORGANIZATION), ms.toString());
    }

    @Test
    void noOrganisationOpensOrClosesABracketItDoesNotClose() {
        List<EntityMention> ms = run(RULES,
                manual("在/p (/w 宿迁)有限公司/nt ，/w 工人/n 调试/v 设备/n 。/w"),
                manual("走访/v 了/ul 华星/nz 建材（集团/nt ）/w 时/ng ，/w 他/r 说/v 。/w"));
        for (EntityMention m : ms) {
            long open = m.surface().chars().filter(c -> c == '(' || c == '（').count();
            long close = m.surface().chars().filter(c -> c == ')' || c == '）').count();
            assertEquals(open, close, m.toString());
        }
    }

    // ---------------------------------------------------------------- with a model (--ner accurate)

    @TempDir
    static Path modelDir;
    static EntityExtractor accurate;

    /**
     * A tiny model that tags the sentences of the tests below as a model trained on People's Daily 1998 does: it
     * misses a city's government bodies (市住建局) and names it never saw (远航智能装备(南通)有限公司), splits a name at
     * its bracketed place (星海物流 | 常州 | 智能仓储基地), finds 湖滨公园派出所 without the word before it. Trained on
     * exactly those sentences, so that it gives those tags on every run (HanLP's trainer shuffles at random).
     */
    @BeforeAll
    static void tinyModel() throws Exception {
        List<String[][]> data = new ArrayList<>();
        for (int k = 0; k < 20; k++) {
            for (String spec : List.of(
                    "会上/t/O ，/w/O 市住建局/nt/O 党组/n/O 书记/nnt/O 周明远/nr/S-nr 介绍/v/O 了/ul/O 情况/n/O 。/w/O",
                    "县民政局/nt/O 、/w/O 区教育局/nt/O 负责人/n/O 参加/v/O 。/w/O",
                    "、/w/O 星/nt/B-nt 海/j/M-nt 物流/nt/E-nt (/w/O 常州/ns/S-ns )/w/O 智能仓储基地/nt/S-nt 等/u/O 项目/n/O 签约/v/O 。/w/O",
                    "参观/v/O 了/ul/O 远航/n/O 智能装备(南通)有限公司/nt/O 。/w/O",
                    "日前/t/O ，/w/O 该/r/O 分局/n/O 湖滨公园派出所/nt/S-nt 查获/v/O 一/m/O 批/q/O 假货/n/O 。/w/O",
                    "他/r/O 来到/v/O 微/h/O 导纳/n/O 米/q/O 科技公司/nt/O 、/w/O 瀚/v/O 川/j/O 新/a/O 材料科技(南通)公司/nt/O 调研/vn/O 。/w/O",
                    "会议/n/O 在/p/O 南通/ns/S-ns 举行/v/O 。/w/O")) {
                data.add(PerceptronNerTest.sent(spec));
            }
        }
        Path model = modelDir.resolve("tiny.bin.gz");
        NerTrainer.train(data, 5, model);
        accurate = EntityExtractor.builder().nerModel(model).build();
    }

    @Test
    void accurateKeepsTheCitysGovernmentBodiesTheModelMisses() {
        List<EntityMention> ms = run(accurate, manual("会上/t ，/w 市住建局/nt 党组/n 书记/nnt 周明远/nr 介绍/v 了/ul 情况/n 。/w"),
                manual("县民政局/nt 、/w 区教育局/nt 负责人/n 参加/v 。/w"));
        assertEquals(List.of("市住建局", "县民政局", "区教育局"), surfaces(ms, EntityType.ORGANIZATION), ms.toString());
        assertEquals(List.of("周明远"), surfaces(ms, EntityType.PERSON));
    }

    @Test
    void accurateJoinsWhatTheModelSplitAtABracketedQualifier() {
        List<EntityMention> ms = run(accurate,
                manual("、/w 星/nt 海/j 物流/nt (/w 常州/ns )/w 智能仓储基地/nt 等/u 项目/n 签约/v 。/w"),
                manual("参观/v 了/ul 远航/n 智能装备(南通)有限公司/nt 。/w"),
                // no bracket: the model's organisation keeps its own start
                manual("日前/t ，/w 该/r 分局/n 湖滨公园派出所/nt 查获/v 一/m 批/q 假货/n 。/w"));
        assertEquals(List.of("星海物流(常州)智能仓储基地", "远航智能装备(南通)有限公司", "湖滨公园派出所"),
                surfaces(ms, EntityType.ORGANIZATION), ms.toString());
        assertTrue(surfaces(ms, EntityType.PLACE).isEmpty(), ms.toString());
    }

    @Test
    void accurateTakesThePiecesOfACutNameToo() {
        List<EntityMention> ms = run(accurate, manual("他/r 来到/v 微/h 导纳/n 米/q 科技公司/nt 、/w 瀚/v 川/j 新/a 材料科技(南通)公司/nt 调研/vn 。/w"));
        assertEquals(List.of("微导纳米科技公司", "瀚川新材料科技(南通)公司"), surfaces(ms, EntityType.ORGANIZATION), ms.toString());
    }
}
