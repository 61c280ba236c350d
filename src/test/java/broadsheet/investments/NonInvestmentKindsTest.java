package broadsheet.investments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import broadsheet.investments.NonInvestmentKinds.Kind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The classifier of money worded like investment that is not: one sentence, one amount, one expected kind. */
class NonInvestmentKindsTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                // assets under management
                a("某社保基金委托投资规模约300亿元，由多家机构运作。", "300亿元", Kind.ASSETS_UNDER_MANAGEMENT),
                a("该公募基金公司管理规模3800亿元。", "3800亿元", Kind.ASSETS_UNDER_MANAGEMENT),
                a("这家创投机构在管基金规模60亿元。", "60亿元", Kind.ASSETS_UNDER_MANAGEMENT),
                a("该保险资管公司受托管理的资产规模已达2.6万亿元。", "2.6万亿元", Kind.ASSETS_UNDER_MANAGEMENT),
                // quotas and ceilings
                a("外汇局批准某机构QFII投资额度5亿美元。", "5亿美元", Kind.QUOTA),
                a("单个项目投资额度上限为2亿元。", "2亿元", Kind.QUOTA),
                a("新增地方政府专项债券额度1200亿元。", "1200亿元", Kind.QUOTA),
                a("该基金获得的QDLP额度为5亿美元。", "5亿美元", Kind.QUOTA),
                // thresholds and requirements
                a("设立外资银行的最低注册资本为10亿元人民币。", "10亿元人民币", Kind.THRESHOLD),
                a("该片区招商的投资门槛为1亿元。", "1亿元", Kind.THRESHOLD),
                a("入驻企业要求固定资产投资不低于5000万元。", "5000万元", Kind.THRESHOLD),
                a("该基金的最低投资额为100万元。", "100万元", Kind.THRESHOLD),
                // fees
                a("参与竞买的企业须缴纳竞买保证金2000万元。", "2000万元", Kind.FEE),
                a("投资咨询机构收取咨询费300万元。", "300万元", Kind.FEE),
                a("航空公司机舱清洁费投入42万元。", "42万元", Kind.FEE),
                // advertising and marketing
                a("这家饮料企业去年的广告投入高达8亿元。", "8亿元", Kind.ADVERTISING),
                a("某手机品牌今年营销投入15亿元。", "15亿元", Kind.ADVERTISING),
                a("某车企去年在营销上投入20亿元。", "20亿元", Kind.ADVERTISING),
                a("该车企投入3亿元用于广告投放。", "3亿元", Kind.ADVERTISING),
                a("旅游部门投入800万美元在海外市场进行宣传。", "800万美元", Kind.ADVERTISING),
                a("该白酒企业斥资2亿元冠名一档综艺节目。", "2亿元", Kind.ADVERTISING),
                // savings and liquidity
                a("全市城乡居民储蓄存款余额达6800亿元。", "6800亿元", Kind.SAVINGS),
                a("全市民间资本规模超过5000亿元。", "5000亿元", Kind.SAVINGS),
                a("该企业账上货币资金45亿元。", "45亿元", Kind.SAVINGS),
                a("央行本周净投放流动性3000亿元。", "3000亿元", Kind.SAVINGS),
                // funding sources inside a breakdown
                a("项目总投资12亿元，资金来源为企业自筹4亿元、银行贷款8亿元。", "4亿元", Kind.FUNDING_SOURCE),
                a("资金筹措方式为：申请中央预算内投资1亿元，地方配套2.6亿元。", "2.6亿元", Kind.FUNDING_SOURCE),
                // purchases for resale
                a("某商贸公司投入3亿元采购进口水果。", "3亿元", Kind.RESALE_PURCHASE),
                a("该粮食企业收购新粮12亿元。", "12亿元", Kind.RESALE_PURCHASE),
                a("该贸易公司签约大豆采购合同，涉及金额4亿美元。", "4亿美元", Kind.RESALE_PURCHASE),
                a("农商行为秋粮投放收购资金46亿元。", "46亿元", Kind.RESALE_PURCHASE),
                // investment stays investment
                a("某企业计划投资20亿元建设光伏电池项目。", "20亿元", null),
                a("项目总投资12亿元，资金来源为企业自筹4亿元。", "12亿元", null),
                a("资金来源已经落实，项目总投资8亿元。", "8亿元", null),
                a("某龙头企业斥资15亿元收购一家储能企业70%的股权。", "15亿元", null),
                a("某民营企业斥资3.6亿元收购了一家濒临停产的纺织厂。", "3.6亿元", null),
                a("某企业在营销中心项目上投资3亿元。", "3亿元", null),
                a("近三年来，该区累计投入财政资金4.8亿元改善人居环境。", "4.8亿元", null),
                a("今年一季度，全区民间投资完成86亿元。", "86亿元", null),
                a("某基金出资10亿元设立产业园开发公司。", "10亿元", null),
                a("该项目需投资5亿元。", "5亿元", null),
                a("某物流企业投资2亿元采购分拣设备。", "2亿元", null));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("cases")
    void classifies(String sentence, String amountText, Kind expected) {
        assertEquals(expected, kindOf(sentence, amountText));
    }

    /** The kind of the amount printed as {@code amountText}, with the window the extractor gives it. */
    static Kind kindOf(String sentence, String amountText) {
        String s = TextNormalizer.normalize(sentence);
        List<MoneyAmount> amounts = AmountParser.findAll(sentence);
        for (int k = 0; k < amounts.size(); k++) {
            MoneyAmount a = amounts.get(k);
            if (a.text().contains(amountText) || amountText.contains(a.text())) {
                int window = Math.max(InvestmentCues.clauseStart(s, a.start()), k > 0 ? amounts.get(k - 1).end() : 0);
                return NonInvestmentKinds.classify(InvestmentCues.mask(s), a, window).orElse(null);
            }
        }
        throw new AssertionError("no amount " + amountText + " in " + sentence + ": " + amounts);
    }

    private static Arguments a(String sentence, String amount, Kind kind) {
        return Arguments.of(sentence, amount, kind);
    }
}
