package broadsheet.entities;

import broadsheet.nlp.Token;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * One table per rule of {@link EntityExtractor#RULES}: each row is an article (sentences as HanLP tokenises them, or as
 * {@code word/pos} tokens to reproduce HanLP's known mistakes), the entities that are there only with the rule on, and
 * those there only with it switched off ({@link EntityExtractor.Builder#without}). So each row shows what the rule does
 * and that its switch works. Sentences are written for these tests; names and firms are invented.
 */
class EntityRulesTest {
    private static final Path MODEL = Path.of(EntityEvaluation.DEFAULT_MODEL);

    /** A row: the rule, the article's sentences, what only the rule's presence gives, what only its absence gives. */
    static Arguments row(String rule, String sentences, String onlyOn, String onlyOff) {
        return Arguments.of(rule, sentences, onlyOn, onlyOff);
    }

    static Stream<Arguments> titleGrammar() {
        return Stream.of(
                row("title-grammar", "省长/nnt 李建/nr 华在/nr 南通/ns 调研/vn 。/w", "李建华/PERSON/title", "李建华/PERSON/hanlp-hmm+completion"),
                row("title-grammar", "11月5日，市委书记王志明主持召开市委常委会会议。", "王志明/PERSON/title", "王志明/PERSON/hanlp-hmm"),
                row("title-grammar", "市领导许立峰、张镇东、秦咏新出席活动。", "许立峰/PERSON/title 张镇东/PERSON/title-list 秦咏新/PERSON/title-list",
                        "许立峰/PERSON/hanlp-hmm 张镇东/PERSON/hanlp-hmm 秦咏新/PERSON/hanlp-hmm"),
                row("title-grammar", "记者/nnt 周文/nr 栋/ng 报道/v 。/w", "周文栋/PERSON/title", "周文栋/PERSON/hanlp-hmm+completion"),
                // 周泳|玉等浙江/ns: the name's last character glued to 等 and what follows
                row("title-grammar", "江海电子集团有限公司总经理周泳玉等企业代表参加活动。", "周泳玉/PERSON/title", "周泳玉/PERSON/hanlp-hmm"),
                // 董事|长田远,星河集团/ntc split at the half-width comma: 长田远/nz
                row("title-grammar", "远湖医疗集团董事长田远,星河集团创始人王北出席。", "田远/PERSON/title 王北/PERSON/title", "王北/PERSON/hanlp-hmm"));
    }

    static Stream<Arguments> baseTags() {
        return Stream.of(row("base-tags", "王小明在无锡市参加了中国科学院的会议。", "王小明/PERSON/hanlp-hmm 无锡市/PLACE/hanlp-hmm",
                "无锡市/PLACE/gazetteer"));
    }

    static Stream<Arguments> nameCompletion() {
        return Stream.of(
                row("name-completion", "陈小/nr 芳/ng 说/v 。/w", "陈小芳/PERSON/hanlp-hmm+completion", "陈小/PERSON/hanlp-hmm"),
                row("name-completion", "李建/nr 华/ng 来到/v 滨湖区/ns 。/w", "李建华/PERSON/hanlp-hmm+completion", "李建/PERSON/hanlp-hmm"),
                row("name-completion", "周泳/nr 玉等浙江/ns 企业/n 代表/n 参加/v 。/w", "周泳玉/PERSON/hanlp-hmm+completion",
                        "周泳/PERSON/hanlp-hmm 玉等浙江/PLACE/hanlp-hmm"));
    }

    static Stream<Arguments> personFilter() {
        return Stream.of(
                row("person-filter", "三万/m 余件/nr 货物/n 已/d 发出/v 。/w", "", "余件/PERSON/hanlp-hmm"),
                row("person-filter", "关键期/nr 到/v 了/ul 。/w", "", "关键期/PERSON/hanlp-hmm"),
                row("person-filter", "这是/v 党管/nr 干部/n 的/uj 原则/n 。/w", "", "党管/PERSON/hanlp-hmm"),
                row("person-filter", "审查/v 时说/nr ，/w 何也/nr 发现/v 问题/n 。/w", "", "时说/PERSON/hanlp-hmm 何也/PERSON/hanlp-hmm"));
    }

    static Stream<Arguments> baseOrgFilter() {
        return Stream.of(
                row("base-org-filter", "发展/v 战略/n 研究/vn 中心会/nt 召开/v 。/w", "", "中心会/ORGANIZATION/hanlp-hmm"),
                row("base-org-filter", "他/r 在/p 华为会/nt 上/f 发言/v 。/w", "", "华为会/ORGANIZATION/hanlp-hmm"),
                // a suffix after a determiner or a quantity is no name (大部分|银行, 该|银行, 新|公司)
                row("base-org-filter", "大部分银行/nt 上调/v 利率/n ，/w 该银行/nt 也/d 跟进/v 。/w", "",
                        "大部分银行/ORGANIZATION/hanlp-hmm 该银行/ORGANIZATION/hanlp-hmm"),
                row("base-org-filter", "星河银行/nt 上调/v 利率/n 。/w", "", ""),
                // 资本 and 基金 as HanLP's guesses only for investment funds
                row("base-org-filter", "设立/v 扶贫开发基金/nt 和/c 星海产业基金/nt 。/w", "", "扶贫开发基金/ORGANIZATION/hanlp-hmm"));
    }

    static Stream<Arguments> orgSuffix() {
        return Stream.of(
                row("org-suffix", "他先后走访了星河智能装备集团有限公司和滨湖精密机械公司。", "星河智能装备集团有限公司/ORGANIZATION/org-suffix",
                        "智能装备集团有限公司/ORGANIZATION/hanlp-hmm"),
                row("org-suffix", "王志明/nr 来到/v 海辰/nz 半导体/n (/w 中国/ns )/w 公司/nis ,/w 了解/v 情况/n 。/w",
                        "海辰半导体(中国)公司/ORGANIZATION/org-suffix", "中国/PLACE/hanlp-hmm"),
                row("org-suffix", "走访/v ＡＢＣ/nx 电子/n 公司/nis 。/w", "ＡＢＣ电子公司/ORGANIZATION/org-suffix", ""),
                row("org-suffix", "市/n 防汛/vn 抗旱/vn 指挥部/nis 发布/v 通知/n 。/w", "市防汛抗旱指挥部/ORGANIZATION/org-suffix", ""),
                row("org-suffix", "区委书记王明在市新冠疫苗接种保障指挥部主持召开会议。", "市新冠疫苗接种保障指挥部/ORGANIZATION/org-suffix", "保障指挥部/ORGANIZATION/hanlp-hmm"),
                row("org-suffix", "会上,太湖中国企业家论坛主席王海东致辞。", "太湖中国企业家论坛/ORGANIZATION/org-suffix",
                        "太湖/PLACE/hanlp-hmm 中国/PLACE/hanlp-hmm"),
                row("org-suffix", "市委领导到军分区走访慰问。", "军分区/ORGANIZATION/org-suffix", ""),
                // an item of a 、-list of companies HanLP found
                row("org-suffix", "王明先后来到海辰科技公司、湖光车灯公司、捷达精密机械公司调研。",
                        "湖光车灯公司/ORGANIZATION/org-suffix 捷达精密机械公司/ORGANIZATION/org-suffix", "精密机械公司/ORGANIZATION/hanlp-hmm"),
                row("org-suffix", "星澜资本和远湖资本共同投资。", "星澜资本/ORGANIZATION/org-suffix", ""),
                // 资本 and 基金 as common words make no organisation
                row("org-suffix", "国有资本和社会资本共同设立扶贫开发基金。", "", ""));
    }

    static Stream<Arguments> orgBeforeTitle() {
        return Stream.of(
                row("org-before-title", "会上,星澜资本创始合伙人、远湖医疗集团董事长周明远,云帆网创始人兼总裁林晓峰,ABCD安澜科技创始人兼总裁许思齐,"
                        + "鹤礼制药创始人、江海药物研究所研究员吴子衿发言。", "云帆网/ORGANIZATION/org-before-title ABCD安澜科技/ORGANIZATION/org-before-title "
                        + "鹤礼制药/ORGANIZATION/org-before-title", "云帆/PERSON/hanlp-hmm"),
                row("org-before-title", "这是一支由公司董事、职工组成的志愿队。", "", ""),
                row("org-before-title", "会议由公司董事长王海主持。", "", ""));
    }

    static Stream<Arguments> gazetteer() {
        return Stream.of(
                row("gazetteer", "新吴区梅村街道今年新建了公园。", "新吴区/PLACE/gazetteer", "吴区/PLACE/hanlp-hmm"),
                row("gazetteer", "新/a 吴区/ns 召开/v 会议/n 。/w", "新吴区/PLACE/gazetteer", "吴区/PLACE/hanlp-hmm"));
    }

    static Stream<Arguments> countryAbbreviations() {
        return Stream.of(
                row("country-abbreviations", "中美关系发展良好。", "中/PLACE/country-abbreviation 美/PLACE/country-abbreviation", ""),
                row("country-abbreviations", "中日韩合作继续推进。",
                        "中/PLACE/country-abbreviation 日/PLACE/country-abbreviation 韩/PLACE/country-abbreviation", ""),
                row("country-abbreviations", "活动中日益增多。", "", ""));
    }

    static Stream<Arguments> financeNames() {
        return Stream.of(
                row("finance-names", "央行昨日宣布降息，工行和招行随即调整了贷款利率。",
                        "央行/ORGANIZATION/known-abbreviation 工行/ORGANIZATION/known-abbreviation 招行/ORGANIZATION/known-abbreviation", ""),
                row("finance-names", "证监会和银监会联合发文。", "证监会/ORGANIZATION/known-abbreviation 银监会/ORGANIZATION/known-abbreviation", ""),
                // HanLP glued a character to the name in a guess of its own (向工行/nt, dropped as no name): the name is cut out of it
                row("finance-names", "客户可以向工行申请贷款。", "工行/ORGANIZATION/known-abbreviation", ""),
                // never inside a dictionary word, never out of a longer organisation
                row("finance-names", "银行/n 的/uj 新/a 招/n 行规/n 出台/v 。/w", "", ""),
                row("finance-names", "工商银行滨湖支行今天开业。", "", ""));
    }

    static Stream<Arguments> armedForces() {
        return Stream.of(
                row("armed-forces", "美军与日本海军在附近海域举行演习。",
                        "美军/ORGANIZATION/known-abbreviation 日本海军/ORGANIZATION/known-name", ""),
                // not out of another word (中美|军方)
                row("armed-forces", "中美军方举行会谈。", "", ""));
    }

    static Stream<Arguments> footballClubs() {
        return Stream.of(
                row("football-clubs", "曼联周末主场迎战切尔西，英超积分榜或将生变。",
                        "曼联/ORGANIZATION/known-abbreviation 切尔西/ORGANIZATION/known-name 英超/ORGANIZATION/known-abbreviation", ""),
                // HanLP took 国米 for a person; a club named after its city is left to the city (米兰)
                row("football-clubs", "其中超5亿元的项目有3个。", "", ""), // 其中|超: not 中超 across a word
                row("football-clubs", "国米客场挑战米兰。", "国米/ORGANIZATION/known-abbreviation", "国米/PERSON/hanlp-hmm"));
    }

    static Stream<Arguments> governmentBodies() {
        return Stream.of(
                // HanLP tags 教育部 and 国防部 as common nouns (n)
                row("government-bodies", "教育部昨天发布通知。", "教育部/ORGANIZATION/known-name", ""),
                row("government-bodies", "美国国防部发言人当天表示。", "美国国防部/ORGANIZATION/known-name", "美国/PLACE/hanlp-hmm"),
                // after a division's character it is a local body (区发改委), never the national one
                row("government-bodies", "区/n 发改委/j 负责人/n 介绍/v 。/w", "", ""),
                // not out of a longer word (教育|部门)
                row("government-bodies", "教育部门加强监管。", "", ""));
    }

    /** The full name is the canonical form, so that 工行 and 中国工商银行 count as one entity. */
    @Test
    void knownOrganisationsCanonicalIsTheFullName() {
        String text = "工行与中国工商银行是同一家银行，曼联即曼彻斯特联。";
        List<EntityMention> ms = EntityExtractor.defaults().extract(List.of(text), List.of(HanlpTokens.tokens(text)));
        Map<String, String> canon = new java.util.HashMap<>();
        for (EntityMention m : ms) canon.put(m.surface(), m.canonical());
        assertEquals("中国工商银行", canon.get("工行"), ms.toString());
        assertEquals("中国工商银行", canon.get("中国工商银行"), ms.toString());
        assertEquals("曼彻斯特联", canon.get("曼联"), ms.toString());
        for (String list : List.of(KnownOrganisations.FINANCE, KnownOrganisations.ARMED_FORCES, KnownOrganisations.FOOTBALL,
                KnownOrganisations.GOVERNMENT))
            assertFalse(new KnownOrganisations(list).names().isEmpty(), list);
        assertThrows(IllegalArgumentException.class, () -> new KnownOrganisations("banks"));
    }

    static Stream<Arguments> divisionsOverPersons() {
        return Stream.of(row("divisions-over-persons", "丁蜀镇/nr 举办/v 活动/vn 。/w", "丁蜀镇/PLACE/gazetteer", "丁蜀镇/PERSON/hanlp-hmm"));
    }

    static Stream<Arguments> orgCleanup() {
        return Stream.of(
                row("org-cleanup", "30亿/m 元建设智能制造基地/nt 。/w", "", "元建设智能制造基地/ORGANIZATION/hanlp-hmm"),
                row("org-cleanup", "本报/r 讯湛江海关/nt 查获/v 走私/vn 。/w", "湛江海关/ORGANIZATION/hanlp-hmm", "讯湛江海关/ORGANIZATION/hanlp-hmm"),
                row("org-cleanup", "协会和市乒乓球协会/nt 举办/v 比赛/vn 。/w", "协会/ORGANIZATION/hanlp-hmm 市乒乓球协会/ORGANIZATION/hanlp-hmm",
                        "协会和市乒乓球协会/ORGANIZATION/hanlp-hmm"),
                row("org-cleanup", "新建/v 智能工厂/nt 。/w", "", "智能工厂/ORGANIZATION/hanlp-hmm"));
    }

    static Stream<Arguments> docConsistency() {
        return Stream.of(
                row("doc-consistency", "。/w 中/f 铁建工集团有限公司/nt 在/p 会上/n 签约/v 。/w ‖ 市政府/n 在/p 中/f 铁建工集团有限公司/nt 调研/vn 。/w",
                        "1:中铁建工集团有限公司/ORGANIZATION/doc-consistency", "1:铁建工集团有限公司/ORGANIZATION/hanlp-hmm"),
                row("doc-consistency", "董事长/nnt 周晓岚/nr 发言/v 。/w ‖ 周晓岚/v 表示/v 。/w", "1:周晓岚/PERSON/doc-consistency", ""));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource({"titleGrammar", "baseTags", "nameCompletion", "personFilter", "baseOrgFilter", "orgSuffix", "orgBeforeTitle", "gazetteer",
            "countryAbbreviations", "financeNames", "armedForces", "footballClubs", "governmentBodies", "divisionsOverPersons", "orgCleanup", "docConsistency"})
    void fastRules(String rule, String sentences, String onlyOn, String onlyOff) {
        check(EntityExtractor.builder(), rule, sentences, onlyOn, onlyOff);
    }

    static Stream<Arguments> modelRules() {
        return Stream.of(
                row("hmm-org-fill", "他/r 到/v 市住建局/nt 调研/vn 。/w", "市住建局/ORGANIZATION/hanlp-hmm", ""));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("modelRules")
    void accurateRules(String rule, String sentences, String onlyOn, String onlyOff) {
        Assumptions.assumeTrue(Files.isRegularFile(MODEL), "NER model absent (jobs/train-ner builds it): " + MODEL);
        check(EntityExtractor.builder().nerModel(MODEL.toAbsolutePath()), rule, sentences, onlyOn, onlyOff);
    }

    @Test
    void userAliasesFindTypedAliases() {
        Map<String, UserLists.Alias> aliases = UserLists.parseAliases("a.tsv", "老城厢\t江海市老城区\tPLACE\n");
        check(EntityExtractor.builder().aliases(aliases), "user-aliases", "他/r 住/v 在/p 老城厢/n 。/w", "老城厢/PLACE/alias", "");
    }

    /** A title name cut short (古杰) yields to a longer base person at the same place (古杰拉尔), keeping its role. */
    @Test
    void titleNameExtensionTakesTheLongerBaseName() {
        Sentence s = new Sentence("记者古杰拉尔报道", List.of(new Token("记者", "nnt", 0), new Token("古杰拉尔", "nr", 2),
                new Token("报道", "v", 6)));
        Candidate title = new Candidate(2, 4, EntityType.PERSON, EntityMention.Methods.TITLE, Candidate.P_TITLE, true);
        title.role = EntityMention.ROLE_REPORTER;
        Candidate base = new Candidate(2, 6, EntityType.PERSON, EntityMention.Methods.HMM, Candidate.P_HMM, false);
        s.cands.add(title);
        s.cands.add(base);
        new TitleNameExtension().apply(null, s);
        Candidate t = s.cands.get(0);
        assertEquals(List.of(2, 6, Candidate.P_TITLE), List.of(t.start, t.end, t.prio));
        assertEquals(EntityMention.ROLE_REPORTER, t.role);
        assertTrue(t.strong);
    }

    @Test
    void everyRuleHasItsOwnSwitchAndUnknownNamesFail() {
        List<String> names = EntityExtractor.ruleNames();
        assertEquals(names.size(), new HashSet<>(names).size(), "duplicate rule names: " + names);
        for (String n : names) assertEquals(Set.of(n), EntityExtractor.builder().without(n).build().disabledRules());
        var e = assertThrows(IllegalArgumentException.class, () -> EntityExtractor.builder().without("titles"));
        assertTrue(e.getMessage().contains("titles") && e.getMessage().contains("title-grammar"), e.getMessage());
        // the older switches name groups of rules
        assertEquals(Set.of("base-org-filter", "org-cleanup"), EntityExtractor.builder().orgFilter(false).build().disabledRules());
        assertEquals(Set.of(), EntityExtractor.builder().orgFilter(false).orgFilter(true).build().disabledRules());
        // the baseline is HanLP's tags: every rule off but the tags (and, as always, country abbreviations and aliases)
        Set<String> on = new HashSet<>(names);
        on.removeAll(EntityExtractor.hanlpBaseline().disabledRules());
        assertEquals(Set.of("base-tags", "hmm-org-fill", "country-abbreviations", "user-aliases"), on);
    }

    private static void check(EntityExtractor.Builder b, String rule, String sentences, String onlyOn, String onlyOff) {
        List<String> texts = new ArrayList<>();
        List<List<Token>> toks = new ArrayList<>();
        for (String spec : sentences.split(" ‖ ")) {
            if (spec.contains("/") && spec.contains(" ")) {
                EntityExtractorTest.Manual m = EntityExtractorTest.manual(spec);
                texts.add(m.text());
                toks.add(m.tokens());
            } else {
                texts.add(spec);
                toks.add(HanlpTokens.tokens(spec));
            }
        }
        Set<String> on = keys(b.build().extract(null, texts, toks, List.of()), texts.size());
        Set<String> off = keys(b.without(rule).build().extract(null, texts, toks, List.of()), texts.size());
        Set<String> onOnly = new LinkedHashSet<>(on), offOnly = new LinkedHashSet<>(off);
        onOnly.removeAll(off);
        offOnly.removeAll(on);
        assertEquals(set(onlyOn), onOnly, "with " + rule + " only; all: " + on);
        assertEquals(set(onlyOff), offOnly, "without " + rule + " only; all: " + off);
    }

    private static Set<String> keys(List<EntityMention> ms, int sentences) {
        Set<String> k = new LinkedHashSet<>();
        for (EntityMention m : ms) k.add((sentences > 1 ? m.sentenceIdx() + ":" : "") + m.surface() + "/" + m.type() + "/" + m.method());
        return k;
    }

    private static Set<String> set(String spaceSeparated) {
        return spaceSeparated.isBlank() ? Set.of() : new LinkedHashSet<>(List.of(spaceSeparated.split(" ")));
    }
}
