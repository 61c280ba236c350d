package broadsheet.investments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The status detector: one sentence, one amount, the status the text gives it (or none). */
class InvestmentStatusTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                a("某企业计划投资20亿元建设光伏电池项目。", "20亿元", "planned"),
                a("某企业拟投资8.5亿元扩建生产线。", "8.5亿元", "planned"),
                a("某医疗器械公司宣布，将追加投资5000万美元。", "5000万美元", "planned"),
                a("双方签订合作协议，某企业将在我市投资50亿元建设电池基地。", "50亿元", "signed"),
                a("某航空零部件项目日前签约落户宜兴，项目总投资16亿元。", "16亿元", "signed"),
                a("今年新签约项目156个，计划总投资1120亿元。", "1120亿元", "signed"),
                a("经省发改委核准，总投资64亿元的海上风电项目将于明年开工。", "64亿元", "approved"),
                a("总投资9.6亿元的污水处理厂提标改造工程近日获批。", "9.6亿元", "approved"),
                a("昨日，总投资36亿元的封装测试基地项目正式开工。", "36亿元", "started"),
                a("该物流枢纽项目总投资42亿元，目前正在进行桩基施工。", "42亿元", "started"),
                a("去年10月开工的产业园项目，总投资22亿元，目前主体已封顶。", "22亿元", "started"),
                a("总投资45亿元的轨道交通工程日前竣工。", "45亿元", "completed"),
                a("这座耗资8.6亿元的跨江大桥昨日正式通车。", "8.6亿元", "completed"),
                a("该集团在泰国投资3.5亿美元建设的轮胎工厂已经投产。", "3.5亿美元", "completed"),
                a("前三季度，全市固定资产投资完成1860亿元。", "1860亿元", "completed"),
                a("我市累计完成城市更新投资260亿元。", "260亿元", "completed"),
                a("截至目前，该集团在我市累计投资85亿元。", "85亿元", "completed"),
                a("二期投资9亿元，计划明年上半年开工。", "9亿元", "planned"),
                a("该项目总投资3亿元，尚未开工。", "3亿元", "planned"),
                a("该企业宣布终止投资18亿元的光伏硅片项目。", "18亿元", "cancelled"),
                a("原计划投资40亿元的文旅小镇项目已被叫停。", "40亿元", "cancelled"),
                a("该项目原计划投资4亿元，后因规划调整被取消。", "4亿元", "cancelled"),
                a("受国际形势影响，该企业取消了原计划投资2亿美元的扩产计划。", "2亿美元", "cancelled"),
                a("另有14个项目未获批准，涉及投资65亿元。", "65亿元", "not_approved"),
                a("该企业申请的总投资2.5亿元技改项目，因能耗不达标未获核准。", "2.5亿元", "not_approved"),
                a("因选址涉及生态红线，投资15亿元的扩区申请被否决。", "15亿元", "not_approved"),
                // no status, or not this amount's
                a("该项目总投资5亿元，占地120亩。", "5亿元", null),
                a("该项目总投资18亿元，达产后可实现年产值36亿元。", "18亿元", null),
                a("投资2亿元的项目将带来每年5亿元的销售额。", "2亿元", null),
                a("某城投公司斥资16亿元拿下一宗商业用地，计划建设城市会客厅。", "16亿元", null),
                a("这批项目总投资约300亿元，包括续建项目22个。", "300亿元", null),
                a("该所不再收取每月1000多元的场地租金，投资40万元改造办公楼。", "40万元", null),
                a("政府取消了审批收费，某企业投资3亿元建设工厂。", "3亿元", null));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("cases")
    void detects(String sentence, String amountText, String expected) {
        String s = TextNormalizer.normalize(sentence);
        List<MoneyAmount> amounts = AmountParser.findAll(sentence);
        for (int k = 0; k < amounts.size(); k++) {
            MoneyAmount a = amounts.get(k);
            if (a.text().contains(amountText) || amountText.contains(a.text())) {
                int from = k > 0 ? amounts.get(k - 1).end() : 0;
                int to = k + 1 < amounts.size() ? amounts.get(k + 1).start() : s.length();
                assertEquals(expected, InvestmentStatus.detect(s, a, from, to).map(InvestmentStatus.Status::label).orElse(null));
                return;
            }
        }
        throw new AssertionError("no amount " + amountText + " in " + sentence + ": " + amounts);
    }

    private static Arguments a(String sentence, String amount, String status) {
        return Arguments.of(sentence, amount, status);
    }
}
