package broadsheet.entities;

import broadsheet.entities.EntityMention.Methods;
import broadsheet.nlp.Token;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Sentences are written for these tests in the style of Chinese city news; names and companies are invented.
 * "Manual" sentences spell out the tokens (word/pos) to reproduce HanLP's known mistakes exactly;
 * the others go through HanLP's standard segmenter as the pipeline does.
 */
class EntityExtractorTest {
    static final EntityExtractor RULES = EntityExtractor.defaults();

    /** A sentence given as HanLP would tokenise it: "省长/nnt 李建/nr 华在/nr". */
    record Manual(String text, List<Token> tokens) {}

    static Manual manual(String spec) {
        StringBuilder text = new StringBuilder();
        List<Token> toks = new ArrayList<>();
        for (String wp : spec.trim().split(" +")) {
            int slash = wp.lastIndexOf('/');
            String w = wp.substring(0, slash), p = wp.substring(slash + 1);
            toks.add(new Token(w, p, text.length()));
            text.append(w);
        }
        return new Manual(text.toString(), toks);
    }

    static List<EntityMention> run(EntityExtractor x, Manual... sents) {
        List<String> s = new ArrayList<>();
        List<List<Token>> t = new ArrayList<>();
        for (Manual m : sents) { s.add(m.text()); t.add(m.tokens()); }
        return x.extract(null, s, t, List.of());
    }

    static List<EntityMention> runText(EntityExtractor x, String... sentences) {
        List<List<Token>> t = new ArrayList<>();
        for (String s : sentences) t.add(HanlpTokens.tokens(s));
        return x.extract(null, List.of(sentences), t, List.of());
    }

    static List<String> surfaces(List<EntityMention> ms, EntityType type) {
        return ms.stream().filter(m -> m.type() == type).map(EntityMention::surface).toList();
    }

    static EntityMention find(List<EntityMention> ms, String surface) {
        return ms.stream().filter(m -> m.surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError(surface + " not found in " + ms));
    }

    // ------------------------------------------------------------------ title grammar

    @Test
    void titleFixesNameSplitWithFunctionCharGlued() {
        var ms = run(RULES, manual("省长/nnt 李建/nr 华在/nr 南通/ns 、/w 盐城/ns 调研/vn 。/w"));
        assertEquals(List.of("李建华"), surfaces(ms, EntityType.PERSON));
        assertEquals(Methods.TITLE, find(ms, "李建华").method());
        assertEquals(List.of("南通", "盐城"), surfaces(ms, EntityType.PLACE));
    }

    @Test
    void titleBeforeNameThroughHanlp() {
        var ms = runText(RULES, "11月5日，市委书记王志明主持召开市委常委会会议。");
        EntityMention m = find(ms, "王志明");
        assertEquals(EntityType.PERSON, m.type());
        assertEquals(10, m.start());
        assertEquals(13, m.end());
    }

    @Test
    void deputyMayorBeforeName() {
        var ms = runText(RULES, "副市长孙海涛出席活动并致辞。");
        assertEquals(List.of("孙海涛"), surfaces(ms, EntityType.PERSON));
    }

    @Test
    void academicianListAfterTitle() {
        var ms = run(RULES, manual("中国/ns 科学院/nis 院士/nnt 刘嘉言/nr 、/w 陈立/nr 群/ng 出席/v 论坛/n 。/w"));
        assertEquals(List.of("刘嘉言", "陈立群"), surfaces(ms, EntityType.PERSON));
        assertEquals(Methods.TITLE_LIST, find(ms, "陈立群").method());
    }

    @Test
    void cityLeaderListAfterTwoTokenTitle() {
        var ms = run(RULES, manual("市/n 领导/n 周宁/nr 、/w 方志/nr 远/ng 、/w 韩蕾/nr 在/p 分会场/n 参加/v 会议/n 。/w"));
        assertEquals(List.of("周宁", "方志远", "韩蕾"), surfaces(ms, EntityType.PERSON));
    }

    @Test
    void titleCharacterGluedToName() {
        var ms = run(RULES, manual("星海/nz 集团/nis 董事/nnt 长林浩/nr ，/w 蓝鲸/nz 资本/n 合伙人/nnt 许安/nr 发言/vi 。/w"));
        assertTrue(surfaces(ms, EntityType.PERSON).contains("林浩"), ms.toString());
        assertFalse(surfaces(ms, EntityType.PERSON).contains("长林浩"));
        assertTrue(surfaces(ms, EntityType.PERSON).contains("许安"));
    }

    @Test
    void titleFollowedByOrdinaryWordIsNoName() {
        var ms = runText(RULES, "市长热线今年共受理群众来电三万余件。");
        assertTrue(surfaces(ms, EntityType.PERSON).isEmpty(), ms.toString());
    }

    @Test
    void titleFollowedByFunctionWordIsNoName() {
        var ms = run(RULES, manual("参赛/vn 运动员/nnt 都/d 有/v 自己/rr 的/ude1 目标/n 。/w"));
        assertTrue(surfaces(ms, EntityType.PERSON).isEmpty(), ms.toString());
    }

    @Test
    void formOfAddressIsNotPartOfName() {
        var ms = run(RULES, manual("来自/v 宜兴/ns 的/ude1 画家/nnt 李/nr 先生/n 即兴/d 作画/vi 。/w"));
        assertFalse(surfaces(ms, EntityType.PERSON).contains("李先生"));
    }

    @Test
    void reporterTitleGivesReporterRole() {
        var ms = run(RULES, manual("本报/r 讯/ng （/w 记者/nnt 张晓雯/nr ）/w 昨天/t ，/w 全市/n 首/m 条/q 智慧/n 公交/n 线路/n 开通/v 。/w"));
        EntityMention m = find(ms, "张晓雯");
        assertEquals(EntityMention.ROLE_REPORTER, m.role());
    }

    @Test
    void transliteratedNameAfterTitleIsKeptWhole() {
        var ms = run(RULES, manual("法国/nsf 总统/nnt 马克龙/nrf 表示/v ，/w 两国/n 合作/vn 前景/n 广阔/a 。/w"));
        assertEquals(List.of("马克龙"), surfaces(ms, EntityType.PERSON));
    }

    // ------------------------------------------------------------------ organisations

    @Test
    void bracketQualifierInsideCompanyName() {
        var ms = run(RULES, manual("王志明/nr 来到/v 海辰/nz 半导体/n (/w 中国/ns )/w 公司/nis ,/w 了解/v 生产/vn 情况/n 。/w"));
        assertEquals(List.of("海辰半导体(中国)公司"), surfaces(ms, EntityType.ORGANIZATION));
        assertFalse(surfaces(ms, EntityType.PLACE).contains("中国"), "a place inside an organisation is not reported twice");
    }

    @Test
    void bracketQualifierAfterHmmOrganisationFragment() {
        var ms = run(RULES, manual("、/w 蓝/a 湾/ng 新能源/nz 汽车技术(南通)公司/nt ,/w 王志明/nr 勉励/v 企业/n 创新/v 。/w"));
        assertEquals(List.of("蓝湾新能源汽车技术(南通)公司"), surfaces(ms, EntityType.ORGANIZATION), ms.toString());
    }

    @Test
    void commandPostExtendsOverVerbsInsideName() {
        var ms = run(RULES, manual("在/p 市/n 防汛/vn 抗旱/vn 联防/vn 联控/v 指挥部/nis 主持/v 召开/v 会议/n 。/w"));
        assertEquals(List.of("市防汛抗旱联防联控指挥部"), surfaces(ms, EntityType.ORGANIZATION));
    }

    @Test
    void groupCompanyExtendsLeftOverNameWords() {
        var ms = runText(RULES, "他先后走访了星河智能装备集团有限公司和滨湖精密机械公司。");
        List<String> orgs = surfaces(ms, EntityType.ORGANIZATION);
        assertTrue(orgs.contains("星河智能装备集团有限公司"), orgs.toString());
    }

    @Test
    void researchInstituteWithOovName() {
        var ms = run(RULES, manual("并/cc 为/p 雪/n 浪/n 工业/n 软件/n 研究院/nis 揭牌/v 。/w"));
        assertEquals(List.of("雪浪工业软件研究院"), surfaces(ms, EntityType.ORGANIZATION));
    }

    @Test
    void committeeWithPrefix() {
        var ms = runText(RULES, "江海市卫生健康委员会发布了最新通知。");
        assertTrue(surfaces(ms, EntityType.ORGANIZATION).stream().anyMatch(o -> o.endsWith("卫生健康委员会")), ms.toString());
    }

    @Test
    void leadingCharacterAfterPunctuationJoinsOrganisation() {
        var ms = run(RULES, manual("。/w 中/f 铁建工集团有限公司/nt 总经理/nnt 周宏/nr 等/udeng 参加/v 。/w"));
        assertEquals(List.of("中铁建工集团有限公司"), surfaces(ms, EntityType.ORGANIZATION));
        assertEquals(List.of("周宏"), surfaces(ms, EntityType.PERSON));
    }

    @Test
    void bareSuffixWordIsNoOrganisation() {
        var ms = run(RULES, manual("该/rz 公司/nis 今年/t 营收/n 增长/v 两/m 成/q 。/w"));
        assertTrue(surfaces(ms, EntityType.ORGANIZATION).isEmpty(), ms.toString());
    }

    @Test
    void wordsEndingLikeOrganisationsAreNone() {
        var ms = run(RULES, manual("台湾/ns 当局/n 应/v 正视/v 现实/n ，/w 市场/n 格局/n 正在/d 变化/vn 。/w"));
        assertTrue(surfaces(ms, EntityType.ORGANIZATION).isEmpty(), ms.toString());
    }

    @Test
    void provincialDepartmentWithAdminPrefix() {
        var ms = run(RULES, manual("省/n 科技厅/nis 厅长/nnt 吴晓东/nr 等/udeng 一同/d 调研/vn 。/w"));
        assertEquals(List.of("省科技厅"), surfaces(ms, EntityType.ORGANIZATION));
        assertEquals(List.of("吴晓东"), surfaces(ms, EntityType.PERSON));
    }

    @Test
    void hmmGuessedOrganisationWithoutSuffixIsDropped() {
        var ms = run(RULES, manual("以/p 防控/vn 之/uzhi 稳/a 稳促发展/nt 之/uzhi 进/v 。/w"));
        assertTrue(surfaces(ms, EntityType.ORGANIZATION).isEmpty(), ms.toString());
        var raw = run(EntityExtractor.hanlpBaseline(), manual("以/p 防控/vn 之/uzhi 稳/a 稳促发展/nt 之/uzhi 进/v 。/w"));
        assertEquals(List.of("稳促发展"), surfaces(raw, EntityType.ORGANIZATION));
    }

    // ------------------------------------------------------------------ fake persons

    @Test
    void blacklistedCommonWordIsNoPerson() {
        var ms = run(RULES, manual("始终/d 把/pba 党管/nr 武装/n 工作/vn 摆/v 在/p 重要/a 位置/n 。/w"));
        assertTrue(surfaces(ms, EntityType.PERSON).isEmpty(), ms.toString());
    }

    @Test
    void personWithoutSurnameIsDropped() {
        var ms = run(RULES, manual("市委/nis 常委会/nis 召开/v 议军/nr 会议/n 。/w"));
        assertTrue(surfaces(ms, EntityType.PERSON).isEmpty(), ms.toString());
    }

    @Test
    void sloganPieceIsNoPerson() {
        var ms = run(RULES, manual("扎实/a 开展/v “/w 应检尽/nr 检/ng ”/w 工作/vn ，/w 打通/v 堵点/nr 。/w"));
        assertTrue(surfaces(ms, EntityType.PERSON).isEmpty(), ms.toString());
    }

    @Test
    void overlongChineseNameIsDropped() {
        var ms = run(RULES, manual("王大明小/nr 来到/v 社区/n 。/w"));
        assertTrue(surfaces(ms, EntityType.PERSON).isEmpty(), ms.toString());
    }

    @Test
    void transliteratedNameSkipsSurnameCheck() {
        var ms = run(RULES, manual("企业家/nnt 马斯克/nrf 宣布/v 新/a 计划/n 。/w"));
        assertEquals(List.of("马斯克"), surfaces(ms, EntityType.PERSON));
    }

    @Test
    void baselineKeepsTheFakesTheFiltersRemove() {
        var raw = run(EntityExtractor.hanlpBaseline(), manual("始终/d 把/pba 党管/nr 武装/n 工作/vn 摆/v 在/p 重要/a 位置/n 。/w"));
        assertEquals(List.of("党管"), surfaces(raw, EntityType.PERSON));
    }

    // ------------------------------------------------------------------ completion and consistency

    @Test
    void strayOneCharacterPieceCompletesName() {
        var ms = run(RULES, manual("李建/nr 华/ng 来到/v 滨湖区/ns 。/w"));
        EntityMention m = find(ms, "李建华");
        assertTrue(m.method().endsWith("completion"), m.method());
    }

    @Test
    void nameFoundWholeOnceFixesLaterSplits() {
        EntityExtractor noCompletion = EntityExtractor.builder().nameCompletion(false).build();
        var ms = run(noCompletion,
                manual("省长/nnt 李建华/nr 在/p 南通/ns 调研/vn 。/w"),
                manual("李建/nr 华/ng 指出/v ，/w 要/v 抓/v 项目/n 。/w"),
                manual("李建/nr 华在/nr 座谈会/n 上/f 说/v 。/w"));
        List<EntityMention> persons = ms.stream().filter(m -> m.type() == EntityType.PERSON).toList();
        assertEquals(3, persons.size(), ms.toString());
        assertTrue(persons.stream().allMatch(m -> m.surface().equals("李建华")));
        assertEquals(Methods.CONSISTENCY, persons.get(1).method());
        assertEquals(2, persons.get(2).sentenceIdx());
        assertEquals(Methods.CONSISTENCY, persons.get(2).method());
    }

    @Test
    void withoutConsistencyTheSplitStays() {
        EntityExtractor bare = EntityExtractor.builder().nameCompletion(false).consistency(false).personFilter(false).build();
        var ms = run(bare, manual("省长/nnt 李建华/nr 在/p 南通/ns 调研/vn 。/w"), manual("李建/nr 华/ng 指出/v 。/w"));
        assertTrue(surfaces(ms, EntityType.PERSON).contains("李建"), ms.toString());
    }

    @Test
    void organisationFoundWholeOnceFixesPartialMention() {
        var ms = run(RULES,
                manual("。/w 中/f 铁建工集团有限公司/nt 在/p 会上/n 签约/v 。/w"),
                manual("市政府/n 在/p 中/f 铁建工集团有限公司/nt 调研/vn 。/w"));
        EntityMention second = ms.stream().filter(m -> m.sentenceIdx() == 1 && m.type() == EntityType.ORGANIZATION)
                .findFirst().orElseThrow();
        assertEquals("中铁建工集团有限公司", second.surface());
        assertEquals(Methods.CONSISTENCY, second.method());
    }

    @Test
    void headlineNameAfterTitleHelpsBody() {
        EntityExtractor noCompletion = EntityExtractor.builder().nameCompletion(false).build();
        Manual body = manual("李建/nr 华/ng 指出/v ，/w 要/v 抓/v 项目/n 。/w");
        var ms = noCompletion.extract("省长李建华在南通调研", List.of(body.text()), List.of(body.tokens()), List.of());
        assertEquals(List.of("李建华"), surfaces(ms, EntityType.PERSON));
        assertTrue(ms.stream().allMatch(m -> m.sentenceIdx() == 0), "the headline itself yields no mention");
    }

    // ------------------------------------------------------------------ gazetteer

    @Test
    void gazetteerAddsDistrictsHanlpMissed() {
        var ms = run(RULES, manual("梁溪区/n 与/cc 新吴区/n 签署/v 协议/n 。/w"));
        assertEquals(List.of("梁溪区", "新吴区"), surfaces(ms, EntityType.PLACE));
        assertEquals(Methods.GAZETTEER, ms.get(0).method());
    }

    // ------------------------------------------------------------------ bylines

    @Test
    void bracketedBylineIsLocatedInText() {
        Manual last = manual("全市/n 将/d 持续/vd 优化/v 营商/vn 环境/n 。/w (/w 赵一鸣/nr )/w");
        var ms = RULES.extract(null, List.of(last.text()), List.of(last.tokens()), List.of("(赵一鸣)"));
        List<EntityMention> reporters = ms.stream().filter(m -> m.role().equals(EntityMention.ROLE_REPORTER)).toList();
        assertEquals(1, reporters.size(), ms.toString());
        EntityMention r = reporters.get(0);
        assertEquals("赵一鸣", r.surface());
        assertEquals(0, r.sentenceIdx());
        assertEquals(last.text().indexOf("赵一鸣"), r.start());
        assertEquals(Methods.BYLINE, r.method());
        assertEquals(1, ms.stream().filter(m -> m.surface().equals("赵一鸣")).count(), "no duplicate plain mention");
    }

    @Test
    void reporterListBylineWithoutTextPosition() {
        Manual s = manual("全市/n 首/m 批/q 充电桩/n 投用/v 。/w");
        var ms = RULES.extract(null, List.of(s.text()), List.of(s.tokens()), List.of("记者 孙立 周佳怡"));
        List<EntityMention> reporters = ms.stream().filter(m -> m.role().equals(EntityMention.ROLE_REPORTER)).toList();
        assertEquals(List.of("孙立", "周佳怡"), reporters.stream().map(EntityMention::surface).toList());
        assertTrue(reporters.stream().allMatch(m -> m.sentenceIdx() == -1 && m.start() == -1 && m.type() == EntityType.PERSON));
    }

    @Test
    void bylineNamesParsing() {
        assertEquals(List.of("王鹏", "李敏"), EntityExtractor.bylineNames(List.of("本报记者 王鹏、李敏")));
        assertEquals(List.of("赵一鸣"), EntityExtractor.bylineNames(List.of("（赵一鸣）")));
        assertEquals(List.of("孙立", "周佳怡", "陈默"), EntityExtractor.bylineNames(List.of("记者 孙立 周佳怡", "通讯员 陈默")));
    }

    // ------------------------------------------------------------------ aliases and exclusions

    @Test
    void aliasGivesCanonicalNameAndFindsTypedAlias() {
        Map<String, UserLists.Alias> aliases = UserLists.parseAliases("aliases.tsv",
                "# alias\tcanonical\ttype\n市政府\t江海市人民政府\tORGANIZATION\n老城厢\t江海市老城区\n");
        EntityExtractor x = EntityExtractor.builder().aliases(aliases).build();
        var ms = run(x, manual("市政府/n 与/cc 星河/nz 集团/nis 签约/v 。/w"));
        EntityMention m = find(ms, "市政府");
        assertEquals(EntityType.ORGANIZATION, m.type());
        assertEquals("江海市人民政府", m.canonical());
        assertEquals(Methods.ALIAS, m.method());
    }

    @Test
    void aliasCanonicalisesMentionsFoundByOtherRules() {
        Map<String, UserLists.Alias> aliases = UserLists.parseAliases("a.tsv", "王志明\t王志明（市委书记）\n");
        EntityExtractor x = EntityExtractor.builder().aliases(aliases).build();
        var ms = run(x, manual("市委书记/nnt 王志明/nr 主持/v 会议/n 。/w"));
        assertEquals("王志明（市委书记）", find(ms, "王志明").canonical());
    }

    @Test
    void aliasFileErrorsNameTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> UserLists.parseAliases("aliases.tsv", "# header\n市政府\t江海市人民政府\n一\t二\t三\t四\n"));
        assertTrue(e.getMessage().startsWith("aliases.tsv:3:"), e.getMessage());
        IllegalArgumentException t = assertThrows(IllegalArgumentException.class,
                () -> UserLists.parseAliases("aliases.tsv", "市政府\t江海市人民政府\tCITY\n"));
        assertTrue(t.getMessage().contains("aliases.tsv:1:") && t.getMessage().contains("CITY"), t.getMessage());
        IllegalArgumentException c = assertThrows(IllegalArgumentException.class,
                () -> UserLists.parseAliases("aliases.tsv", "市政府\t甲\n\n市政府\t乙\n"));
        assertTrue(c.getMessage().startsWith("aliases.tsv:3:"), c.getMessage());
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
                () -> UserLists.parseAliases("aliases.tsv", "只有一列\n"));
        assertTrue(one.getMessage().startsWith("aliases.tsv:1:"), one.getMessage());
    }

    @Test
    void exclusionFileParsingAndErrors() {
        Set<String> ex = UserLists.parseExclusions("ex.txt", "\uFEFF# surfaces\n党管\n\n 堵点 \n");
        assertEquals(Set.of("党管", "堵点"), ex);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> UserLists.parseExclusions("ex.txt", "党管\n市政府\t江海\n"));
        assertTrue(e.getMessage().startsWith("ex.txt:2:"), e.getMessage());
    }

    @Test
    void exclusionsSuppressMentions() {
        EntityExtractor x = EntityExtractor.builder().exclusions(Set.of("南通", "王志明")).build();
        var ms = run(x, manual("市委书记/nnt 王志明/nr 在/p 南通/ns 、/w 盐城/ns 调研/vn 。/w"));
        assertEquals(List.of("盐城"), ms.stream().map(EntityMention::surface).toList());
    }

    // ------------------------------------------------------------------ API contract

    @Test
    void offsetsAreWithinSentenceAndSurfaceMatches() {
        List<String> sents = List.of("副市长孙海涛出席活动。", "市委书记王志明在宜兴调研，走访了星河智能装备集团有限公司。");
        List<List<Token>> toks = sents.stream().map(HanlpTokens::tokens).toList();
        for (EntityMention m : RULES.extract("标题", sents, toks, List.of())) {
            assertEquals(sents.get(m.sentenceIdx()).substring(m.start(), m.end()), m.surface());
        }
    }

    @Test
    void mismatchedInputSizesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> RULES.extract(null, List.of("一", "二"), List.of(List.of()), List.of()));
    }

    @Test
    void serialisableAndThreadSafe() throws Exception {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ObjectOutputStream oos = new ObjectOutputStream(bos)) { oos.writeObject(RULES); }
        EntityExtractor copy;
        try (ObjectInputStream ois = new ObjectInputStream(new ByteArrayInputStream(bos.toByteArray()))) {
            copy = (EntityExtractor) ois.readObject();
        }
        Manual m = manual("省长/nnt 李建/nr 华在/nr 南通/ns 调研/vn 。/w");
        List<EntityMention> expected = run(RULES, m);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<EntityMention>>> fs = new ArrayList<>();
            for (int i = 0; i < 200; i++) fs.add(pool.submit(() -> run(copy, m)));
            for (Future<List<EntityMention>> f : fs) assertEquals(expected, f.get());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void foldsFullWidthInCanonical() {
        var ms = run(RULES, manual("走访/v ＡＢＣ/nx 电子/n 公司/nis 。/w"));
        EntityMention m = find(ms, "ＡＢＣ电子公司");
        assertEquals("ABC电子公司", m.canonical());
    }

    @Test
    void loneSurnameBeforeTitle() {
        var ms = run(RULES, manual("纪念/v 江/n 主席/nnt 重要/a 讲话/n 发表/v 三/m 周年/n 。/w"));
        assertEquals(List.of("江"), surfaces(ms, EntityType.PERSON));
        var glued = run(RULES, manual("代表/n 们/k 说/v ，/w 江主席/nr 的/ude1 讲话/n 很/d 重要/a 。/w"));
        assertEquals(List.of("江"), surfaces(glued, EntityType.PERSON));
    }

    @Test
    void organisationsJoinedByAndAreSplit() {
        var ms = run(RULES, manual("［/w 市/n 桥牌/n 协会和市乒乓球协会/nt 将/d 于/p 下月/t 举办/v 比赛/vn 。/w"));
        assertEquals(List.of("市桥牌协会", "市乒乓球协会"), surfaces(ms, EntityType.ORGANIZATION));
    }

    @Test
    void datelineDoesNotJoinOrganisation() {
        var ms = run(RULES, manual("本报讯/nz 江海/ns 精密/a 机械/n 公司/nis 日前/t 投产/v 。/w"));
        assertEquals(List.of("江海精密机械公司"), surfaces(ms, EntityType.ORGANIZATION));
    }

    @Test
    void gazetteerPlaceBeforeOrganisationWordIsNotAPlace() {
        var ms = run(RULES, manual("宜兴/n 党委/nis 书记/nnt 吴晓东/nr 讲话/v 。/w"));
        assertFalse(surfaces(ms, EntityType.PLACE).contains("宜兴"), ms.toString());
    }

    @Test
    void nameAfterNumeralIsNoPerson() {
        var ms = run(RULES, manual("全年/n 受理/v 来电/n 三万/m 余件/nr 。/w"));
        assertTrue(surfaces(ms, EntityType.PERSON).isEmpty(), ms.toString());
    }
}
