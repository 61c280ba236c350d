package broadsheet.investments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.investments.MoneyAmount.Qualifier;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountParserTest {

    /** sentence | matched text | amount | low | high | currency | qualifier (empty cell = null). */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            该项目总投资约138亿元，建设周期三年                 | 约138亿元        | 13800000000   | 13800000000   | 13800000000   | CNY | APPROXIMATE
            项目总投资１３８亿元                               | １３８亿元        | 13800000000   | 13800000000   | 13800000000   | CNY | EXACT
            计划投资２２．８亿元建设智能工厂                   | ２２．８亿元      | 2280000000    | 2280000000    | 2280000000    | CNY | EXACT
            一期工程投资1,200万元                              | 1,200万元        | 12000000      | 12000000      | 12000000      | CNY | EXACT
            一期工程投资1，200万元                             | 1，200万元       | 12000000      | 12000000      | 12000000      | CNY | EXACT
            全市完成投资12,345.6万元                           | 12,345.6万元     | 123456000     | 123456000     | 123456000     | CNY | EXACT
            该基地总投资一百三十八亿元                         | 一百三十八亿元    | 13800000000   | 13800000000   | 13800000000   | CNY | EXACT
            区财政安排三千万元用于老旧小区改造                 | 三千万元          | 30000000      | 30000000      | 30000000      | CNY | EXACT
            村里筹集两千万元修路                               | 两千万元          | 20000000      | 20000000      | 20000000      | CNY | EXACT
            新建物流园总投资十二亿元                           | 十二亿元          | 1200000000    | 1200000000    | 1200000000    | CNY | EXACT
            合同约定注资贰亿元                                 | 贰亿元            | 200000000     | 200000000     | 200000000     | CNY | EXACT
            企业家捐资壹佰万元设立助学基金                     | 壹佰万元          | 1000000       | 1000000       | 1000000       | CNY | EXACT
            改造工程耗资一千零五十万元                         | 一千零五十万元    | 10500000      | 10500000      | 10500000      | CNY | EXACT
            项目投资三亿〇五百万元                             | 三亿〇五百万元    | 305000000     | 305000000     | 305000000     | CNY | EXACT
            全省全年完成投资1.5万亿元                           | 1.5万亿元         | 1500000000000 | 1500000000000 | 1500000000000 | CNY | EXACT
            该项目总投资3亿5000万元                            | 3亿5000万元       | 350000000     | 350000000     | 350000000     | CNY | EXACT
            该项目总投资3亿零500万元                           | 3亿零500万元      | 305000000     | 305000000     | 305000000     | CNY | EXACT
            新建停车场投资5000万元                             | 5000万元         | 50000000      | 50000000      | 50000000      | CNY | EXACT
            设备更新投入2.5千万元                              | 2.5千万元        | 25000000      | 25000000      | 25000000      | CNY | EXACT
            社区为困难户发放慰问金800元                        | 800元            | 800           | 800           | 800           | CNY | EXACT
            获奖者可获奖金3.6万元                              | 3.6万元          | 36000         | 36000         | 36000         | CNY | EXACT
            该集团拟出资人民币5亿元                            | 人民币5亿元       | 500000000     | 500000000     | 500000000     | CNY | EXACT
            双方合资成立公司，注册资本5亿元人民币             | 5亿元人民币       | 500000000     | 500000000     | 500000000     | CNY | EXACT
            外方追加投资5亿人民币                              | 5亿人民币         | 500000000     | 500000000     | 500000000     | CNY | EXACT
            这家德国企业计划投资2亿美元扩建工厂               | 2亿美元           | 200000000     | 200000000     | 200000000     | USD | EXACT
            合作项目获得3000万欧元贷款                        | 3000万欧元        | 30000000      | 30000000      | 30000000      | EUR | EXACT
            港资企业增资10亿港元                               | 10亿港元          | 1000000000    | 1000000000    | 1000000000    | HKD | EXACT
            港方出资5亿港币                                    | 5亿港币            | 500000000     | 500000000     | 500000000     | HKD | EXACT
            日方投资200亿日元建设新工厂                        | 200亿日元         | 20000000000   | 20000000000   | 20000000000   | JPY | EXACT
            英国企业投资1.2亿英镑                              | 1.2亿英镑         | 120000000     | 120000000     | 120000000     | GBP | EXACT
            美资企业追加投资100万美元                          | 100万美元         | 1000000       | 1000000       | 1000000       | USD | EXACT
            年内计划新开工项目投资超10亿元                     | 超10亿元          | 1000000000    | 1000000000    |               | CNY | LOWER_BOUND
            累计完成投资超过5亿元                               | 超过5亿元         | 500000000     | 500000000     |               | CNY | LOWER_BOUND
            全年招商引资逾30亿元                               | 逾30亿元          | 3000000000    | 3000000000    |               | CNY | LOWER_BOUND
            该项目已完成投资5亿多元                            | 5亿多元           | 550000000     | 500000000     | 600000000     | CNY | RANGE
            今年以来完成投资50多亿元                           | 50多亿元          | 5500000000    | 5000000000    | 6000000000    | CNY | RANGE
            园区累计投入50余亿元                               | 50余亿元          | 5500000000    | 5000000000    | 6000000000    | CNY | RANGE
            已到位资金4000余万元                               | 4000余万元        | 45000000      | 40000000      | 50000000      | CNY | RANGE
            该项目已投入1亿余元                                | 1亿余元           | 150000000     | 100000000     | 200000000     | CNY | RANGE
            新签约项目投资额均在10亿元以上                     | 10亿元以上        | 1000000000    | 1000000000    |               | CNY | LOWER_BOUND
            申报企业年营业收入不低于50万元                     | 不低于50万元      | 500000        | 500000        |               | CNY | LOWER_BOUND
            今年新开工超亿元项目28个                           | 超亿元            | 100000000     | 100000000     |               | CNY | LOWER_BOUND
            一个小小的项目带动投资上亿元                       | 上亿元            | 100000000     | 100000000     |               | CNY | LOWER_BOUND
            村集体经济收入过千万元                             | 过千万元          | 10000000      | 10000000      |               | CNY | LOWER_BOUND
            今年引进亿元以上项目12个                           | 亿元以上          | 100000000     | 100000000     |               | CNY | LOWER_BOUND
            园区引进外资逾千万美元                             | 逾千万美元        | 10000000      | 10000000      |               | USD | LOWER_BOUND
            项目总投资近百亿元                                 | 近百亿元          | 10000000000   |               | 10000000000   | CNY | BELOW
            新城建设已投资近10亿元                             | 近10亿元          | 1000000000    |               | 1000000000    | CNY | BELOW
            改造工程将近3亿元                                  | 将近3亿元         | 300000000     |               | 300000000     | CNY | BELOW
            该线路投资接近8亿元                                 | 接近8亿元         | 800000000     |               | 800000000     | CNY | BELOW
            一期工程投资不到5亿元                              | 不到5亿元         | 500000000     |               | 500000000     | CNY | UPPER_BOUND
            小微项目投资不足1亿元                              | 不足1亿元         | 100000000     |               | 100000000     | CNY | UPPER_BOUND
            单个项目补助控制在3000万元以内                     | 3000万元以内      | 30000000      |               | 30000000      | CNY | UPPER_BOUND
            对投资500万元以下的小项目简化审批                  | 500万元以下       | 5000000       |               | 5000000       | CNY | UPPER_BOUND
            单笔贷款不超过2亿元                                | 不超过2亿元       | 200000000     |               | 200000000     | CNY | UPPER_BOUND
            对新落户企业给予最高可达200万元奖励                | 最高可达200万元   | 2000000       |               | 2000000       | CNY | UPPER_BOUND
            一期投资约5亿元                                    | 约5亿元           | 500000000     | 500000000     | 500000000     | CNY | APPROXIMATE
            改造投入大约3000万元                               | 大约3000万元      | 30000000      | 30000000      | 30000000      | CNY | APPROXIMATE
            新建项目总投资20亿元左右                           | 20亿元左右        | 2000000000    | 2000000000    | 2000000000    | CNY | APPROXIMATE
            单个项目投资1亿元上下                              | 1亿元上下         | 100000000     | 100000000     | 100000000     | CNY | APPROXIMATE
            该集团拟投资人民币约5亿元                          | 人民币约5亿元     | 500000000     | 500000000     | 500000000     | CNY | APPROXIMATE
            项目投资额约合人民币3.5亿元                        | 约合人民币3.5亿元 | 350000000     | 350000000     | 350000000     | CNY | APPROXIMATE
            全部建成后总投资约达5亿元                          | 约达5亿元         | 500000000     | 500000000     | 500000000     | CNY | APPROXIMATE
            修缮工程需要十来亿元                               | 十来亿元          | 1000000000    | 1000000000    | 1000000000    | CNY | APPROXIMATE
            计划投资10亿至20亿元建设冷链物流园                 | 10亿至20亿元      | 1500000000    | 1000000000    | 2000000000    | CNY | RANGE
            预计总投资10-20亿元                                | 10-20亿元         | 1500000000    | 1000000000    | 2000000000    | CNY | RANGE
            预计总投资10～20亿元                               | 10～20亿元        | 1500000000    | 1000000000    | 2000000000    | CNY | RANGE
            预计总投资10到20亿元                               | 10到20亿元        | 1500000000    | 1000000000    | 2000000000    | CNY | RANGE
            老房翻新费用两到三万元                             | 两到三万元        | 25000         | 20000         | 30000         | CNY | RANGE
            二期工程预计投资三至五亿元                         | 三至五亿元        | 400000000     | 300000000     | 500000000     | CNY | RANGE
            装修一套房子要花两三万元                           | 两三万元          | 25000         | 20000         | 30000         | CNY | RANGE
            单个项目投资1000万至2亿元不等                      | 1000万至2亿元不等 | 105000000     | 10000000      | 200000000     | CNY | RANGE
            项目投资5亿元至8亿元                               | 5亿元至8亿元      | 650000000     | 500000000     | 800000000     | CNY | RANGE
            村里先后投入七八千万元                             | 七八千万元        | 75000000      | 70000000      | 80000000      | CNY | RANGE
            三个园区分别投资五六十亿元                         | 五六十亿元        | 5500000000    | 5000000000    | 6000000000    | CNY | RANGE
            项目预计投资1.5-2万亿元                            | 1.5-2万亿元       | 1750000000000 | 1500000000000 | 2000000000000 | CNY | RANGE
            该项目总投资138亿，预计2025年建成                  | 138亿             | 13800000000   | 13800000000   | 13800000000   | CNY | EXACT
            总投资约１３８亿 打造区域物流枢纽                  | 约１３８亿        | 13800000000   | 13800000000   | 13800000000   | CNY | APPROXIMATE
            园区企业营收超5亿                                  | 超5亿             | 500000000     | 500000000     |               | CNY | LOWER_BOUND
            全市完成投资二十二点八亿元                         | 二十二点八亿元    | 2280000000    | 2280000000    | 2280000000    | CNY | EXACT
            村民王大姐去年卖菜收入两万五千元                   | 两万五千元        | 25000         | 25000         | 25000         | CNY | EXACT
            工厂扩建花了一亿两千万元                           | 一亿两千万元      | 120000000     | 120000000     | 120000000     | CNY | EXACT
            新建学校投入两亿元                                 | 两亿元            | 200000000     | 200000000     | 200000000     | CNY | EXACT
            一期投资12.5亿元                                   | 12.5亿元          | 1250000000    | 1250000000    | 1250000000    | CNY | EXACT
            配套资金0.8亿元                                    | 0.8亿元           | 80000000      | 80000000      | 80000000      | CNY | EXACT
            现场集中签约5亿元                                  | 5亿元             | 500000000     | 500000000     | 500000000     | CNY | EXACT
            打造百亿元级产业集群                               | 百亿元            | 10000000000   | 10000000000   | 10000000000   | CNY | EXACT
            投资3千万元新建厂房                                | 3千万元           | 30000000      | 30000000      | 30000000      | CNY | EXACT
            村里拿出5百万元修建水渠                            | 5百万元           | 5000000       | 5000000       | 5000000       | CNY | EXACT
            店里一个月能挣3万块钱                              | 3万块钱           | 30000         | 30000         | 30000         | CNY | EXACT
            项目投资５０００万元                               | ５０００万元      | 50000000      | 50000000      | 50000000      | CNY | EXACT
            合同金额为5亿元                                    | 5亿元             | 500000000     | 500000000     | 500000000     | CNY | EXACT
            这笔钱只有一万元                                   | 一万元            | 10000         | 10000         | 10000         | CNY | EXACT
            该工程概算投资３·２５亿元                          | ３·２５亿元       | 325000000     | 325000000     | 325000000     | CNY | EXACT
            新建码头设计投资4·8亿元                            | 4·8亿元           | 480000000     | 480000000     | 480000000     | CNY | EXACT
            """)
    void findsOneAmount(String sentence, String text, String amount, String low, String high,
                        String currency, Qualifier qualifier) {
        List<MoneyAmount> all = AmountParser.findAll(sentence);
        assertEquals(1, all.size(), () -> "amounts in " + sentence + ": " + all);
        MoneyAmount m = all.get(0);
        assertEquals(text, m.text());
        assertEquals(text, sentence.substring(m.start(), m.end()), "offsets must point at the text");
        assertDecimal(amount, m.amount(), "amount");
        assertDecimal(low, m.low(), "low");
        assertDecimal(high, m.high(), "high");
        assertEquals(currency, m.currency());
        assertEquals(qualifier, m.qualifier());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "全市规上工业增加值同比增长15%",
        "一季度外贸进出口增长１５％",
        "高新技术企业占比达到百分之十五",
        "商品房均价7000元/平方米",
        "新房备案价格每平方米7000元",
        "螺纹钢出厂价为3500元/吨",
        "收购价每吨3500元",
        "全年新建改建学校60余个",
        "招聘会吸纳就业150余人",
        "此次集中签约项目28个",
        "2022年以来全市上下",
        "2022-2025年将持续推进",
        "全市常住人口约138万",
        "年产能可达10万吨",
        "总建筑面积12万平方米",
        "全年接待游客1200万人次",
        "城镇居民人均可支配收入4.5万元",
        "万元GDP能耗下降3.2%",
        "推行零首付购车",
        "十四五期间将建成一批重点项目",
        "一期二期三期同步推进",
        "共有1,200家企业参展",
        "租金每月3000元",
        "维修基金每户补缴800元",
        "每个村投入七八千万元",
        "每人每年补助1200元",
        "推动产业多元化发展",
        "今年的投资者大会将于5月举行",
        "全区已有三千多家个体户",
        "该公司将投资200亿法郎更新设备",
        "双方贸易总额为12.5亿克朗",
        "产业链上下游企业超百家",
        "",
    })
    void findsNothing(String sentence) {
        assertEquals(List.of(), AmountParser.findAll(sentence));
    }

    @Test
    void findsSeveralAmountsWithOffsets() {
        String s = "本次共有26个超亿元产业项目签约，总投资约138亿元；超10亿元项目有4个，合计总投资约88亿元。";
        List<MoneyAmount> all = AmountParser.findAll(s);
        assertEquals(List.of("超亿元", "约138亿元", "超10亿元", "约88亿元"),
                all.stream().map(MoneyAmount::text).toList());
        for (MoneyAmount m : all) {
            assertEquals(m.text(), s.substring(m.start(), m.end()));
        }
        assertEquals(s.indexOf("约138"), all.get(1).start());
    }

    @Test
    void listsAndMixedCurrencies() {
        List<MoneyAmount> all = AmountParser.findAll("两家企业分别投资3亿元、5000万美元和1.2亿港元");
        assertEquals(List.of("CNY", "USD", "HKD"), all.stream().map(MoneyAmount::currency).toList());
        assertDecimal("50000000", all.get(1).amount(), "usd");
    }

    @Test
    void currencyWrittenOnceForTwoAmounts() {
        List<MoneyAmount> all = AmountParser.findAll("两国去年分别获得外资28.5亿和26.1亿美元");
        assertEquals(List.of("28.5亿", "26.1亿美元"), all.stream().map(MoneyAmount::text).toList());
        assertEquals(List.of("USD", "USD"), all.stream().map(MoneyAmount::currency).toList());
        assertEquals(List.of(), AmountParser.findAll("人口达1.2亿和3000万人"));
    }

    @Test
    void signingIsNotApproximate() {
        MoneyAmount m = AmountParser.findAll("双方签约5亿元").get(0);
        assertEquals("5亿元", m.text());
        assertEquals(Qualifier.EXACT, m.qualifier());
    }

    @Test
    void recentIsNotBelow() {
        MoneyAmount m = AmountParser.findAll("最近5亿元的订单").get(0);
        assertEquals(Qualifier.EXACT, m.qualifier());
    }

    @Test
    void parseAcceptsExactlyOneAmount() {
        Optional<MoneyAmount> m = AmountParser.parse("  约138亿元 ");
        assertTrue(m.isPresent());
        assertEquals(0, m.get().start());
        assertDecimal("13800000000", m.get().amount(), "amount");
        assertTrue(AmountParser.parse("10-20亿美元").isPresent());
        assertEquals(Optional.empty(), AmountParser.parse("总投资约138亿元"));
        assertEquals(Optional.empty(), AmountParser.parse("5亿元和3亿元"));
        assertEquals(Optional.empty(), AmountParser.parse("28个"));
        assertEquals(Optional.empty(), AmountParser.parse(null));
    }

    @Test
    void nullSentenceGivesEmptyList() {
        assertEquals(List.of(), AmountParser.findAll(null));
    }

    @Test
    void valuesHavePlainScale() {
        MoneyAmount m = AmountParser.parse("1.5万亿元").orElseThrow();
        assertEquals("1500000000000", m.amount().toPlainString());
        assertEquals(0, m.amount().scale());
    }

    @Test
    void isSerializable() throws Exception {
        MoneyAmount m = AmountParser.parse("10-20亿元").orElseThrow();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(m);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(m, in.readObject());
        }
    }

    static void assertDecimal(String expected, BigDecimal actual, String what) {
        if (expected == null) {
            assertNull(actual, what);
        } else {
            assertTrue(actual != null && new BigDecimal(expected).compareTo(actual) == 0,
                    what + ": expected " + expected + " but was " + actual);
        }
    }
}
