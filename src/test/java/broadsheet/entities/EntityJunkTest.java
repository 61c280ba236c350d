package broadsheet.entities;

import broadsheet.nlp.Token;
import org.junit.jupiter.api.Test;

import java.util.List;

import static broadsheet.entities.EntityExtractorTest.manual;
import static broadsheet.entities.EntityExtractorTest.run;
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
}
