package broadsheet.investments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.investments.InvestmentMention.Kind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InvestmentExtractorTest {

    /**
     * Each case: name, headline (or null), body sentences, expected mentions rendered by
     * {@link #render}: "@sentenceIdx KIND amount CURRENCY [n=count] [p=parent] counted|(reason)".
     */
    static Stream<Arguments> cases() {
        List<Arguments> c = new ArrayList<>();

        // ---- nested totals, subtotals, 其中/包括 ----
        c.add(a("138亿 total with 88亿 subtotal", null,
                body("本周一，全区重点产业项目签约会上有28个亿元以上项目落地，"
                        + "计划总投资约138亿元；其中10亿元以上项目5个，计划总投资约88亿元。"),
                "@0 TOTAL 138亿 CNY n=28 counted",
                "@0 SUBTOTAL 88亿 CNY n=5 p=0 (subtotal of mention 0)"));
        c.add(a("subtotal in the next sentence", null,
                body("该项目总投资12亿元，分两期建设。", "其中，一期投资5亿元，主要建设标准化厂房。"),
                "@0 SINGLE 12亿 CNY counted",
                "@1 SUBTOTAL 5亿 CNY p=0 (subtotal of mention 0)"));
        c.add(a("two subtotals after 其中", null,
                body("此次开工的35个项目总投资216亿元，其中工业项目20个、投资132亿元，服务业项目15个、投资84亿元。"),
                "@0 TOTAL 216亿 CNY n=35 counted",
                "@0 SUBTOTAL 132亿 CNY n=20 p=0 (subtotal of mention 0)",
                "@0 SUBTOTAL 84亿 CNY n=15 p=0 (subtotal of mention 0)"));
        c.add(a("包括 introduces a subtotal", null,
                body("全年共实施重点项目120个，总投资860亿元，包括续建项目68个、总投资520亿元。"),
                "@0 TOTAL 860亿 CNY n=120 counted",
                "@0 SUBTOTAL 520亿 CNY n=68 p=0 (subtotal of mention 0)"));
        c.add(a("two subtotals in the next sentence", null,
                body("全市今年计划实施省市重点项目86个，年度计划投资420亿元。",
                        "其中，省重点项目21个，年度计划投资160亿元；市重点项目65个，年度计划投资260亿元。"),
                "@0 TOTAL 420亿 CNY n=86 counted",
                "@1 SUBTOTAL 160亿 CNY n=21 p=0 (subtotal of mention 0)",
                "@1 SUBTOTAL 260亿 CNY n=65 p=0 (subtotal of mention 0)"));
        c.add(a("parts listed across semicolons stay parts of the same total", null,
                body("推介会上，15个高端装备项目集中签约，总投资约80亿元。",
                        "其中，工业机器人项目4个，总投资约30亿元；",
                        "数控机床项目3个，总投资约25亿元；",
                        "航空零部件项目2个，总投资约12亿元。"),
                "@0 TOTAL 80亿 CNY n=15 counted",
                "@1 SUBTOTAL 30亿 CNY n=4 p=0 (subtotal of mention 0)",
                "@2 SUBTOTAL 25亿 CNY n=3 p=0 (subtotal of mention 0)",
                "@3 SUBTOTAL 12亿 CNY n=2 p=0 (subtotal of mention 0)"));
        c.add(a("phases across a semicolon", null,
                body("该物流园项目总投资20亿元，其中一期投资8亿元；", "二期投资12亿元，2026年建成。"),
                "@0 SINGLE 20亿 CNY counted",
                "@0 SUBTOTAL 8亿 CNY p=0 (subtotal of mention 0)",
                "@1 SUBTOTAL 12亿 CNY p=0 (subtotal of mention 0)"));
        c.add(a("a list item too big for what is left is a new figure", null,
                body("今年新开工项目20个，总投资50亿元。", "其中，工业项目8个，投资30亿元；",
                        "续建项目12个，投资35亿元。"),
                "@0 TOTAL 50亿 CNY n=20 counted",
                "@1 SUBTOTAL 30亿 CNY n=8 p=0 (subtotal of mention 0)",
                "@2 TOTAL 35亿 CNY n=12 counted"));
        c.add(a("another subject after the semicolon ends the list", null,
                body("全市签约项目30个，总投资约150亿元；其中超10亿元项目4个，总投资约60亿元；",
                        "某新材料公司计划投资20亿元建设碳纤维生产基地。"),
                "@0 TOTAL 150亿 CNY n=30 counted",
                "@0 SUBTOTAL 60亿 CNY n=4 p=0 (subtotal of mention 0)",
                "@1 SINGLE 20亿 CNY counted"));
        c.add(a("parts over the parent by rounding are flagged", null,
                body("10个项目总投资约50亿元，其中制造业项目6个、投资约31亿元，服务业项目4个、投资约21亿元。"),
                "@0 TOTAL 50亿 CNY n=10 counted",
                "@0 SUBTOTAL 31亿 CNY n=6 p=0 (subtotal of mention 0)",
                "@0 SUBTOTAL 21亿 CNY n=4 p=0 (subtotal of mention 0; parts add up to more than mention 0)"));
        c.add(a("其中 part without a cue word", null,
                body("园区基础设施项目总投资10亿元，其中一期4亿元，年内完工。"),
                "@0 SINGLE 10亿 CNY counted",
                "@0 SUBTOTAL 4亿 CNY p=0 (subtotal of mention 0)"));
        c.add(a("a later bigger figure is not a part", null,
                body("项目一期投资2亿元，包括后续二期在内总投资将达到8亿元。"),
                "@0 SINGLE 2亿 CNY counted",
                "@0 SINGLE 8亿 CNY counted"));
        c.add(a("loan inside 其中 is financing, not a part", null,
                body("项目总投资6亿元，其中申请银行贷款4亿元。"),
                "@0 SINGLE 6亿 CNY counted"));
        c.add(a("其中 with counts only", null,
                body("今年全市计划实施重点项目150个，其中，新开工项目62个。")));

        // ---- duplicates ----
        c.add(a("headline repeated in body", "28个项目集中签约 总投资138亿元",
                body("3月15日，我市2024年重大项目集中签约活动举行，28个项目现场签约，总投资138亿元。"),
                "@-1 TOTAL 138亿 CNY n=28 p=1 (headline restates mention 1)",
                "@0 TOTAL 138亿 CNY n=28 counted"));
        c.add(a("approximate headline equals body", "总投资约60亿元 我市最大文旅项目落地",
                body("该文旅综合体项目总投资60亿元，由某知名文旅集团投资建设。"),
                "@-1 SINGLE 60亿 CNY p=1 (headline restates mention 1)",
                "@0 SINGLE 60亿 CNY counted"));
        c.add(a("headline restated by a body sentence with parts: body counted, parts under it",
                "春季重点产业项目集中签约 总投资约180亿元",
                body("4月8日上午，全市春季重点产业项目集中签约活动在会展中心举行。",
                        "本次签约的智能制造产业园、生物医药研发基地等26个超亿元项目，总投资约180亿元；"
                                + "其中超10亿元项目5个，总投资约95亿元。"),
                "@-1 TOTAL 180亿 CNY p=1 (headline restates mention 1)",
                "@1 TOTAL 180亿 CNY n=26 counted",
                "@1 SUBTOTAL 95亿 CNY n=5 p=1 (subtotal of mention 1)"));
        c.add(a("headline repeated twice in the body: later repeats point at the counted one",
                "园区再添大项目 总投资30亿元",
                body("该智能装备项目总投资30亿元，占地500亩。", "总投资30亿元的项目预计后年投产。"),
                "@-1 SINGLE 30亿 CNY p=1 (headline restates mention 1)",
                "@0 SINGLE 30亿 CNY counted",
                "@1 SINGLE 30亿 CNY (duplicate of mention 1)"));
        c.add(a("headline figure that is a part in the body", "其中工业项目投资40亿元",
                body("全区集中开工项目18个，总投资66亿元，其中工业项目10个，投资40亿元。"),
                "@-1 SINGLE 40亿 CNY p=2 (headline restates mention 2)",
                "@0 TOTAL 66亿 CNY n=18 counted",
                "@0 SUBTOTAL 40亿 CNY n=10 p=1 (subtotal of mention 1)"));
        c.add(a("parts of a repeated figure belong to the first, counted one", null,
                body("园区基础设施项目总投资9亿元，年内开工。", "据介绍，总投资9亿元的项目分两期建设。",
                        "其中，一期投资4亿元。"),
                "@0 SINGLE 9亿 CNY counted",
                "@1 SINGLE 9亿 CNY (duplicate of mention 0)",
                "@2 SUBTOTAL 4亿 CNY p=0 (subtotal of mention 0)"));
        c.add(a("a title line above the body is like a headline", null,
                body("●三年投资260亿元●新建校舍500万平方米",
                        "1995年至1997年，全省教育基建共投资260亿元，新建校舍500万平方米。"),
                "@0 SINGLE 260亿 CNY p=1 (headline restates mention 1)",
                "@1 TOTAL 260亿 CNY counted"));
        c.add(a("headline rounds the body figure", "江苏将投入三十亿整治河道",
                body("省政府决定，今后三年全省将斥资31.2亿元整治河道。"),
                "@-1 SINGLE 30亿 CNY p=1 (rounded restatement of mention 1)",
                "@0 TOTAL 31.2亿 CNY counted"));
        c.add(a("figures that add up to the total before them are its parts", null,
                body("1995年至1997年，全省教育基建共投资260亿元。", "中小学校舍建设完成投资180亿元。",
                        "高校基建完成投资80亿元。"),
                "@0 TOTAL 260亿 CNY counted",
                "@1 SUBTOTAL 180亿 CNY p=0 (subtotal of mention 0)",
                "@2 SUBTOTAL 80亿 CNY p=0 (subtotal of mention 0)"));
        c.add(a("one later figure is not a breakdown", null,
                body("全省共投资260亿元。", "某市完成投资100亿元。"),
                "@0 TOTAL 260亿 CNY counted",
                "@1 SINGLE 100亿 CNY counted"));
        c.add(a("a phase of the project just named is a part", null,
                body("培训中心由某集团出资1.5亿元兴建，一期投资9000万元。"),
                "@0 SINGLE 1.5亿 CNY counted",
                "@0 SUBTOTAL 9000万 CNY p=0 (subtotal of mention 0)"));
        c.add(a("two phases are siblings", null,
                body("一期工程投资5亿元，二期工程投资3亿元。"),
                "@0 SINGLE 5亿 CNY counted",
                "@0 SINGLE 3亿 CNY counted"));
        c.add(a("repeated twice in body", null,
                body("该项目总投资5亿元，占地120亩。", "据介绍，总投资5亿元的智能制造产业园预计明年6月投产。"),
                "@0 SINGLE 5亿 CNY counted",
                "@1 SINGLE 5亿 CNY (duplicate of mention 0)"));
        c.add(a("same value in one sentence is two projects", null,
                body("东区学校改扩建工程投资2亿元，西区医院改扩建工程投资2亿元。"),
                "@0 SINGLE 2亿 CNY counted",
                "@0 SINGLE 2亿 CNY counted"));
        c.add(a("same number, other currency is no duplicate", "外资企业追加投资2亿美元",
                body("该企业此前在我市已投资2亿元人民币。"),
                "@-1 SINGLE 2亿 USD counted",
                "@0 SINGLE 2亿 CNY counted"));
        c.add(a("rounded headline restated precisely", "我市一季度签约项目总投资超百亿元",
                body("一季度，全市共签约项目46个，总投资112.6亿元。"),
                "@-1 TOTAL 100亿 CNY p=1 (rounded restatement of mention 1)",
                "@0 TOTAL 112.6亿 CNY n=46 counted"));
        c.add(a("headline only", "总投资50亿元的新能源汽车零部件产业园开工", body(),
                "@-1 SINGLE 50亿 CNY counted"));
        c.add(a("headline without 元", "这个总投资138亿的项目开工了", body(),
                "@-1 SINGLE 138亿 CNY counted"));

        // ---- TOTAL vs SINGLE ----
        c.add(a("single project", null,
                body("该项目总投资5亿元，建成后可年产新型建材30万吨。"),
                "@0 SINGLE 5亿 CNY counted"));
        c.add(a("计划投资 for one plant", null,
                body("某新材料企业计划投资20亿元建设年产5万吨锂电池正极材料项目。"),
                "@0 SINGLE 20亿 CNY counted"));
        c.add(a("共签约 total", null,
                body("招商推介会上共签约项目16个，签约总额86.5亿元。"),
                "@0 TOTAL 86.5亿 CNY n=16 counted"));
        c.add(a("累计完成投资 total", null,
                body("今年以来，全市重点项目累计完成投资312亿元，完成年度计划的78%。"),
                "@0 TOTAL 312亿 CNY counted"));
        c.add(a("累计投入 public money", null,
                body("近三年来，该区累计投入财政资金4.8亿元改善农村人居环境。"),
                "@0 TOTAL 4.8亿 CNY counted"));
        c.add(a("fixed-asset investment next to GDP", null,
                body("前三季度，全市地区生产总值完成2100亿元，固定资产投资完成860亿元，同比增长9.1%。"),
                "@0 TOTAL 860亿 CNY counted"));
        c.add(a("signed amount in a signing sentence", null,
                body("此次签约项目涉及金额45亿元。"),
                "@0 TOTAL 45亿 CNY counted"));
        c.add(a("size class then total", null,
                body("全年新签约亿元以上项目45个，总投资达320亿元。"),
                "@0 TOTAL 320亿 CNY n=45 counted"));
        c.add(a("class with count after", null,
                body("集中开工项目42个，总投资186亿元，其中投资超10亿元的项目5个。"),
                "@0 TOTAL 186亿 CNY n=42 counted"));
        c.add(a("two projects in one sentence", null,
                body("新能源产业园项目投资15亿元，智慧物流中心项目投资8亿元，均计划年内开工。"),
                "@0 SINGLE 15亿 CNY counted",
                "@0 SINGLE 8亿 CNY counted"));
        c.add(a("list of amounts after one cue", null,
                body("三家企业分别投资3亿元、5亿元和2亿元建设生产线。"),
                "@0 SINGLE 3亿 CNY counted",
                "@0 SINGLE 5亿 CNY counted",
                "@0 SINGLE 2亿 CNY counted"));

        // ---- investment verbs and currencies ----
        c.add(a("range amount", null,
                body("该公司计划投资10亿至15亿元，在我市建设新能源电池生产基地。"),
                "@0 SINGLE 12.5亿 CNY counted"));
        c.add(a("USD investment", null,
                body("美国某医疗器械企业宣布追加投资2亿美元，扩建在我市的生产基地。"),
                "@0 SINGLE 2亿 USD counted"));
        c.add(a("JPY investment", null,
                body("日本某株式会社投资50亿日元在我市设立研发中心。"),
                "@0 SINGLE 50亿 JPY counted"));
        c.add(a("注资", null,
                body("省级产业基金向该企业注资3亿元，支持其扩大产能。"),
                "@0 SINGLE 3亿 CNY counted"));
        c.add(a("协议投资额", null,
                body("双方签署合作协议，协议投资额50亿元。"),
                "@0 SINGLE 50亿 CNY counted"));
        c.add(a("cue after the amount", null,
                body("某企业拟以2.5亿元投资建设智能仓储中心。"),
                "@0 SINGLE 2.5亿 CNY counted"));
        c.add(a("近 amount", null,
                body("项目已完成投资近8亿元，占总投资的80%。"),
                "@0 SINGLE 8亿 CNY counted"));
        c.add(a("Chinese numerals", null,
                body("该项目总投资一百二十亿元，计划分三期建设。"),
                "@0 SINGLE 120亿 CNY counted"));
        c.add(a("tax then investment", null,
                body("该企业去年纳税3.2亿元，今年又追加投资6亿元扩大产能。"),
                "@0 SINGLE 6亿 CNY counted"));

        // ---- 投资 that is not investment ----
        c.add(a("投资集团 revenue", null,
                body("市城市建设投资集团有限公司当年实现营业收入12.6亿元。")));
        c.add(a("投资公司 pays in capital", null,
                body("由市国有资本投资运营有限公司出资3亿元设立产业引导基金。"),
                "@0 SINGLE 3亿 CNY counted"));
        c.add(a("投资公司 credit line", null,
                body("市文旅投资发展有限公司获得银行授信5亿元。")));
        c.add(a("投资集团 plans and revenue", null,
                body("市交通投资集团今年计划完成投资150亿元，营业收入预计突破80亿元。"),
                "@0 SINGLE 150亿 CNY counted"));
        c.add(a("投资者 dividend", null,
                body("去年公司向投资者分红2.3亿元。")));
        c.add(a("投资者 count and turnover", null,
                body("据了解，该平台已吸引投资者1.2万人，累计交易额达36亿元。")));
        c.add(a("投资收益", null,
                body("上半年公司实现投资收益1.2亿元。")));
        c.add(a("投入使用 then revenue", null,
                body("该项目去年底已投入使用，今年预计实现营收3亿元。")));

        // ---- other money that is not investment ----
        c.add(a("sales and profit tax", null,
                body("项目达产后，预计年销售收入15亿元，年利税2亿元。")));
        c.add(a("investment then output value", null,
                body("该项目总投资8亿元，达产后可实现年产值20亿元、利税1.5亿元。"),
                "@0 SINGLE 8亿 CNY counted"));
        c.add(a("output after 投产", null,
                body("项目总投资3.2亿元，全部投产后预计新增产值10亿元。"),
                "@0 SINGLE 3.2亿 CNY counted"));
        c.add(a("fine", null,
                body("市场监管部门依法对该企业处以罚款50万元。")));
        c.add(a("fine and confiscation", null,
                body("该公司因违规排污被罚款120万元，并没收违法所得30万元。")));
        c.add(a("subsidy threshold and cap", null,
                body("对固定资产投资不低于5000万元的新引进工业项目，给予最高200万元的一次性奖励。")));
        c.add(a("在…以上 threshold", null,
                body("新落户企业投资额在1亿元以上的，按实际投资额的5%给予补贴。")));
        c.add(a("threshold and cap with 不超过", null,
                body("对年度投资额不低于1亿元的企业，按照投资额的3%给予补助，单个企业最高不超过500万元。")));
        c.add(a("GDP", null,
                body("一季度全市实现地区生产总值856.3亿元，同比增长6.2%。")));
        c.add(a("wages", null,
                body("今年全市最低工资标准调整为每月2100元，职工年平均工资8.6万元。")));
        c.add(a("house price", null,
                body("目前该片区新房成交均价约1.8万元/平方米，总价300万元起。")));
        c.add(a("subsidy fund", null,
                body("市财政今年安排专项补贴资金3000万元，用于支持企业技术改造。")));
        c.add(a("tax revenue", null,
                body("全年实现税收收入45亿元。")));
        c.add(a("loan fund", null,
                body("全市发放创业担保贷款资金5.6亿元。")));
        c.add(a("weak cue outside investment news", null,
                body("该市今年民生项目资金总额达12亿元，用于教育医疗等领域。")));
        c.add(a("venture financing", null,
                body("这家初创企业近日完成5000万元A轮融资。")));
        c.add(a("fees", null,
                body("游客进入景区需缴纳门票费用120元。")));
        c.add(a("donation", null,
                body("爱心企业向慈善总会捐款500万元。")));
        c.add(a("exports in USD", null,
                body("上半年，全市出口额达到56亿美元。")));
        c.add(a("growth rates only", null,
                body("全市固定资产投资同比增长12.5%，其中工业投资增长18.2%。")));
        c.add(a("size class only", null,
                body("今年一季度，我区新开工超亿元项目12个。")));
        c.add(a("亿元级 class", null,
                body("力争引进10亿元级重大项目3个以上。")));
        c.add(a("fiscal revenue", null,
                body("这座城市去年的财政收入为320亿元。")));
        // ---- revisions, progress against plans ----
        c.add(a("revised figure replaces the old one", null,
                body("项目总投资由原来的5亿元增加到8亿元。"),
                "@0 SINGLE 5亿 CNY (superseded by mention 1)",
                "@0 SINGLE 8亿 CNY counted"));
        c.add(a("revised with 调增至", null,
                body("该项目投资额从12亿元调增至15.6亿元。"),
                "@0 SINGLE 12亿 CNY (superseded by mention 1)",
                "@0 SINGLE 15.6亿 CNY counted"));
        c.add(a("actual investment against the agreed one", null,
                body("截至去年底，该国在华投资项目共1200个，协议投资额86亿美元，实际投入31亿美元。"),
                "@0 TOTAL 86亿 USD n=1200 counted",
                "@0 SUBTOTAL 31亿 USD p=0 (progress of mention 0)"));
        c.add(a("currency conversion in brackets restates the amount", null,
                body("该集团宣布斥资300万英镑（约合2700万元人民币）扩建研发中心。"),
                "@0 SINGLE 300万 GBP counted",
                "@0 SINGLE 2700万 CNY p=0 (conversion of mention 0)"));
        c.add(a("completed part of an annual plan", null,
                body("XX区今年计划实施重点项目110个，年度计划投资260亿元，截至目前已完成投资102亿元，完成年度计划的39.2%。"),
                "@0 TOTAL 260亿 CNY n=110 counted",
                "@0 SUBTOTAL 102亿 CNY p=0 (progress of mention 0)"));
        c.add(a("progress in the next sentence", null,
                body("该项目总投资2亿元。", "目前已完成投资1.5亿元，完成总投资的75%。"),
                "@0 SINGLE 2亿 CNY counted",
                "@1 SUBTOTAL 1.5亿 CNY p=0 (progress of mention 0)"));
        c.add(a("three phases after 其中", null,
                body("该项目计划总投资50亿元，分三期建设，其中一期投资20亿元，二期投资18亿元，三期投资12亿元。"),
                "@0 SINGLE 50亿 CNY counted",
                "@0 SUBTOTAL 20亿 CNY p=0 (subtotal of mention 0)",
                "@0 SUBTOTAL 18亿 CNY p=0 (subtotal of mention 0)",
                "@0 SUBTOTAL 12亿 CNY p=0 (subtotal of mention 0)"));
        c.add(a("central budget share", null,
                body("该项目建设总工期36个月，总投资约2.1亿元，其中中央预算内投资6000万元。"),
                "@0 SINGLE 2.1亿 CNY counted",
                "@0 SUBTOTAL 6000万 CNY p=0 (subtotal of mention 0)"));

        // ---- more investment wordings ----
        c.add(a("耗资", null,
                body("新建的体育馆耗资1.2亿元。"),
                "@0 SINGLE 1.2亿 CNY counted"));
        c.add(a("总造价", null,
                body("该中心总建筑面积5.6万平方米，总造价约4.8亿元。"),
                "@0 SINGLE 4.8亿 CNY counted"));
        c.add(a("到位资金", null,
                body("今年全市共引进内资项目85个，到位资金212亿元。"),
                "@0 TOTAL 212亿 CNY n=85 counted"));
        c.add(a("意向投资额 with count", null,
                body("县委书记带队赴长三角开展招商，洽谈项目32个，意向投资额达260亿元。"),
                "@0 TOTAL 260亿 CNY n=32 counted"));
        c.add(a("民间投资 is an aggregate", null,
                body("今年1至5月，全市完成固定资产投资同比增长8.3%，其中民间投资完成86亿元。"),
                "@0 TOTAL 86亿 CNY counted"));
        c.add(a("foreign investment in USD", null,
                body("全市实际使用外资2.3亿美元，同比增长15.6%。"),
                "@0 TOTAL 2.3亿 USD counted"));
        c.add(a("largest of twelve is one project", null,
                body("此次签约的12个项目中，投资额最大的达30亿元。"),
                "@0 SINGLE 30亿 CNY counted"));
        c.add(a("逾百亿 for one project", null,
                body("经过三年建设，这个投资逾百亿元的项目终于建成投产。"),
                "@0 SINGLE 100亿 CNY counted"));
        c.add(a("upper bound investment", null,
                body("某上市公司公告称，拟以自有资金不超过5亿元投资设立全资子公司。"),
                "@0 SINGLE 5亿 CNY counted"));

        // ---- more money that is not investment ----
        c.add(a("sales named after the amount", null,
                body("投资5亿元的项目将带来8亿元的年销售额。"),
                "@0 SINGLE 5亿 CNY counted"));
        c.add(a("bond money", null,
                body("市里发行地方政府专项债券资金45亿元。")));
        c.add(a("R&D spending", null,
                body("全年研发投入12.6亿元，同比增长18%。")));
        c.add(a("对…以上的 condition without subsidy words", null,
                body("对新引进的总投资1亿元以上的工业项目，优先保障用地。")));
        c.add(a("net profit", null,
                body("该企业今年前三季度实现净利润3.6亿元，同比增长12%。")));
        c.add(a("retail sales total", null,
                body("据统计，全市社会消费品零售总额达到1860亿元。")));
        c.add(a("farm income", null,
                body("项目建成后预计每年可带动农户增收2000万元。")));
        c.add(a("private purchase", null,
                body("市民张先生花了35万元买了一辆新能源汽车。")));
        c.add(a("出资 to sponsor students is aid", null,
                body("这位退休教师先后出资3万元资助贫困学生。")));
        c.add(a("投入 for disaster relief is aid", null,
                body("该市驻军为支援灾区、捐资助学共投入120万元。")));
        c.add(a("投入 to rescue the banks is not investment", null,
                body("该国政府宣布拿出20万亿日元的公共资金稳定金融体系。")));
        c.add(a("投资 stays investment next to an aid word", null,
                body("县里投资800万元建设救灾物资储备库。"),
                "@0 SINGLE 800万 CNY counted"));
        c.add(a("每投入1元 is a ratio", null,
                body("据测算，企业每投入1元，可新增产值4元。")));
        c.add(a("比…多投入 is a difference", null,
                body("全年完成投资520亿元，比上年多投入46亿元。"),
                "@0 TOTAL 520亿 CNY counted"));
        c.add(a("saved investment", null,
                body("通过公开招标，该工程节省投资320万元。")));
        c.add(a("投资 inside a book title is no cue", null,
                body("据《世界投资报告》统计，该国去年的资金总额为500亿美元。")));
        c.add(a("price class of equipment", null,
                body("三年来诊所投资近千万元，万元以上的检测仪器添置到20多台。"),
                "@0 SINGLE 1000万 CNY counted"));
        c.add(a("financing round amount", null,
                body("某科技公司完成B轮融资，融资金额达3亿元。")));

        // ---- issue 15: money worded like investment that is not, and statuses that drop the money ----
        c.add(a("assets under management are shown, not counted", null,
                body("某社保基金委托投资规模约300亿元，由多家投资管理人负责运作。"),
                "@0 SINGLE 300亿 CNY (not investment: assets_under_management)"));
        c.add(a("a quota beside a real investment", null,
                body("某企业获批QFII投资额度3亿美元后，投资1.5亿美元认购了多家公司的定增股份。"),
                "@0 SINGLE 3亿 USD (not investment: quota)",
                "@0 SINGLE 1.5亿 USD counted"));
        c.add(a("advertising spend", null,
                body("某手机品牌今年营销投入15亿元，同比增加三成。"),
                "@0 SINGLE 15亿 CNY (not investment: advertising)"));
        c.add(a("funding sources after the total", null,
                body("该项目总投资12亿元，资金来源为企业自筹4亿元、银行贷款8亿元。"),
                "@0 SINGLE 12亿 CNY counted")); // 自筹 alone is no investment word: no row, not counted
        c.add(a("a funding source worded as investment", null,
                body("项目总投资3.6亿元，资金筹措方式为：申请中央预算内投资1亿元，地方配套2.6亿元。"),
                "@0 SINGLE 3.6亿 CNY counted",
                "@0 SINGLE 1亿 CNY (not investment: funding_source)")); // 地方配套 has no investment word: no row
        c.add(a("purchase for resale", null,
                body("某商贸公司投入3亿元采购进口水果，供应春节市场。"),
                "@0 SINGLE 3亿 CNY (not investment: resale_purchase)"));
        c.add(a("a non-investment amount is no duplicate target", null,
                body("某社保基金委托投资规模8亿元。", "某企业投资8亿元建设新工厂。"),
                "@0 SINGLE 8亿 CNY (not investment: assets_under_management)",
                "@1 SINGLE 8亿 CNY counted"));
        c.add(a("cancelled project", null,
                body("该项目原计划投资4亿元，后因规划调整被取消。"),
                "@0 SINGLE 4亿 CNY (cancelled)"));
        c.add(a("not-approved part beside the approved total", null,
                body("今年全市上报重大项目56个，其中获批42个、总投资318亿元，另有14个项目未获批准，涉及投资65亿元。"),
                "@0 SINGLE 318亿 CNY counted",
                "@0 TOTAL 65亿 CNY n=14 (not approved)"));
        c.add(a("acquisition of shares", null,
                body("某上市公司公告称，拟以4.6亿元收购一家精密铸造企业的全部股权。"),
                "@0 SINGLE 4.6亿 CNY counted"));
        c.add(a("part in another currency after 其中", null,
                body("园区今年新引进项目35个，总投资142亿元。", "其中，外资项目12个，总投资7.5亿美元。"),
                "@0 TOTAL 142亿 CNY n=35 counted",
                "@1 SUBTOTAL 7.5亿 USD n=12 p=0 (subtotal of mention 0)"));
        c.add(a("another group after 另有 is not progress", null,
                body("活动现场，20个项目集中签约，总投资110亿元，另有6个项目完成注册，总投资32亿元。"),
                "@0 TOTAL 110亿 CNY n=20 counted",
                "@0 TOTAL 32亿 CNY n=6 counted"));
        return c.stream();
    }

    /** Statuses the extractor gives each mention: "amount status". */
    @ParameterizedTest(name = "{0}")
    @MethodSource("statusCases")
    void statuses(String sentence, List<String> expected) {
        List<InvestmentMention> got = InvestmentExtractor.extract(null, List.of(sentence));
        assertEquals(expected, got.stream().map(m -> chinese(m.amount().amount()) + " " + m.status()).toList());
    }

    static Stream<Arguments> statusCases() {
        return Stream.of(
                Arguments.of("项目一期已建成投产，投资6亿元，二期投资9亿元计划明年开工。", List.of("6亿 completed", "9亿 planned")),
                Arguments.of("28个超亿元产业项目集中签约，总投资约138亿元；其中超10亿元项目5个，总投资约88亿元。",
                        List.of("138亿 signed", "88亿 null")),
                Arguments.of("该项目总投资5亿元，占地120亩。", List.of("5亿 null")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void extracts(String name, String headline, List<String> body, List<String> expected) {
        List<InvestmentMention> got = InvestmentExtractor.extract(headline, body);
        assertEquals(expected, got.stream().map(InvestmentExtractorTest::render).toList());
    }

    /** Parts never add up to more than their parent unless the last part says so in its reason. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void partsFitTheirParentOrAreFlagged(String name, String headline, List<String> body, List<String> expected) {
        List<InvestmentMention> got = InvestmentExtractor.extract(headline, body);
        for (int p = 0; p < got.size(); p++) {
            BigDecimal sum = BigDecimal.ZERO;
            boolean flagged = false;
            for (InvestmentMention m : got) {
                if (m.kind() == Kind.SUBTOTAL && Integer.valueOf(p).equals(m.parentIndex())) {
                    sum = sum.add(m.amount().amount());
                    flagged |= m.reason().contains("more than");
                }
            }
            assertTrue(flagged || sum.compareTo(got.get(p).amount().amount()) <= 0, name + ": parts of mention " + p);
            if (sum.signum() > 0) {
                assertTrue(got.get(p).counted(), name + ": mention " + p + " has parts but is not counted");
            }
        }
    }

    @Test
    void nestedCaseFields() {
        String s = "28个超亿元产业项目集中签约,总投资约138亿元;其中超10亿元项目5个,总投资约88亿元";
        List<InvestmentMention> got = InvestmentExtractor.extract(null, List.of(s));
        assertEquals(2, got.size());
        InvestmentMention total = got.get(0);
        InvestmentMention part = got.get(1);
        assertEquals(0, total.sentenceIdx());
        assertEquals(s, total.sentence());
        assertEquals(Kind.TOTAL, total.kind());
        assertNull(total.parentIndex());
        assertEquals(28, total.projectCount());
        assertTrue(total.counted());
        assertNull(total.reason());
        assertEquals("约138亿元", total.amount().text());
        assertEquals(Kind.SUBTOTAL, part.kind());
        assertEquals(0, part.parentIndex());
        assertEquals(5, part.projectCount());
        assertFalse(part.counted());
        assertEquals("subtotal of mention 0", part.reason());
        assertEquals(0, new BigDecimal("8800000000").compareTo(part.amount().amount()));
    }

    @Test
    void countedSumSkipsSubtotalsAndRepeats() {
        List<InvestmentMention> got = InvestmentExtractor.extract("28个项目签约 总投资138亿元", List.of(
                "28个超亿元产业项目集中签约，总投资约138亿元；其中超10亿元项目5个，总投资约88亿元。",
                "另有3个项目完成注册，总投资12亿元。"));
        BigDecimal sum = got.stream().filter(InvestmentMention::counted)
                .map(m -> m.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, new BigDecimal("15000000000").compareTo(sum));
    }

    @Test
    void headlineIsMinusOneAndBodyKeepsIndexes() {
        List<InvestmentMention> got = InvestmentExtractor.extract("新项目投资3亿元",
                Arrays.asList("今天天气晴好。", null, "另一个项目投资7亿元。"));
        assertEquals(List.of(-1, 2), got.stream().map(InvestmentMention::sentenceIdx).toList());
    }

    @Test
    void nullAndEmptyInputs() {
        assertEquals(List.of(), InvestmentExtractor.extract(null, null));
        assertEquals(List.of(), InvestmentExtractor.extract("  ", List.of()));
        assertEquals(List.of(), InvestmentExtractor.extract(null, List.of("")));
    }

    @Test
    void isSerializable() throws Exception {
        InvestmentMention m = InvestmentExtractor.extract(null, List.of("该项目总投资5亿元。")).get(0);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(m);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(m, in.readObject());
        }
    }

    private static Arguments a(String name, String headline, List<String> body, String... expected) {
        return Arguments.of(name, headline, body, List.of(expected));
    }

    private static List<String> body(String... sentences) {
        return List.of(sentences);
    }

    /** "@0 SUBTOTAL 88亿 CNY n=5 p=0 (subtotal of mention 0)". */
    static String render(InvestmentMention m) {
        StringBuilder sb = new StringBuilder("@").append(m.sentenceIdx()).append(' ').append(m.kind())
                .append(' ').append(chinese(m.amount().amount())).append(' ').append(m.amount().currency());
        if (m.projectCount() != null) {
            sb.append(" n=").append(m.projectCount());
        }
        if (m.parentIndex() != null) {
            sb.append(" p=").append(m.parentIndex());
        }
        sb.append(m.counted() ? " counted" : " (" + m.reason() + ")");
        return sb.toString();
    }

    private static String chinese(BigDecimal v) {
        BigDecimal yi = new BigDecimal("100000000");
        BigDecimal wan = new BigDecimal("10000");
        if (v.compareTo(yi) >= 0) {
            return v.divide(yi, 8, RoundingMode.UNNECESSARY).stripTrailingZeros().toPlainString() + "亿";
        }
        if (v.compareTo(wan) >= 0) {
            return v.divide(wan, 4, RoundingMode.UNNECESSARY).stripTrailingZeros().toPlainString() + "万";
        }
        return v.toPlainString();
    }
}
