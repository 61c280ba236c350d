package broadsheet.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Sentence -> primary topic on the default taxonomy. Sentences are invented for this test. */
class SentenceTopicTest {

    static TopicMatcher matcher;

    @BeforeAll
    static void build() {
        matcher = new TopicMatcher(TopicTaxonomy.loadDefault());
    }

    static Stream<Arguments> sentences() {
        return Stream.of(
                // 新一代信息技术
                Arguments.of("总投资120亿元的12英寸晶圆芯片制造项目在经开区开工建设", "新一代信息技术/集成电路"),
                Arguments.of("第三代半导体碳化硅功率器件生产线今年四季度投产", "新一代信息技术/集成电路"),
                Arguments.of("柔性OLED显示面板项目二期点亮投产", "新一代信息技术/新型显示"),
                Arguments.of("全市累计建成5G基站8600个，实现千兆光网城乡全覆盖", "新一代信息技术/信息网络"),
                Arguments.of("数字经济核心产业增加值占地区生产总值比重提高到百分之十", "新一代信息技术/数字经济"),
                Arguments.of("工业互联网标识解析二级节点正式上线运行", "新一代信息技术/工业互联网"),
                Arguments.of("本地企业发布人工智能大模型，赋能千行百业", "新一代信息技术/人工智能"),
                Arguments.of("东数西算枢纽节点的数据中心集群和智算中心开工", "新一代信息技术/大数据"),
                Arguments.of("全市物联网感知设备接入量突破十万台", "新一代信息技术/物联网"),
                Arguments.of("软件园新入驻信创企业二十余家", "新一代信息技术/软件"),
                // 高端装备制造
                Arguments.of("工业机器人和数控机床生产线实现满负荷运转", "高端装备制造/智能制造装备"),
                Arguments.of("国产大飞机C919零部件配套项目落地航空产业园", "高端装备制造/航空航天"),
                Arguments.of("新型动车组和磁悬浮列车在本地总装下线", "高端装备制造/轨道交通装备"),
                Arguments.of("首艘国产LNG船在船厂命名交付", "高端装备制造/海洋工程装备"),
                // 新材料
                Arguments.of("石墨烯和碳纤维复合材料生产线建成投产", "新材料/复合材料"),
                Arguments.of("稀土永磁材料深加工项目开工", "新材料/先进金属材料"),
                Arguments.of("年产五千吨光刻胶及电子化学品项目环评获批", "新材料/先进化工材料"),
                // 生物
                Arguments.of("生物医药产业园引进创新药研发企业12家", "生物/生物医药"),
                Arguments.of("公司自主研发的医学影像设备和体外诊断试剂获批上市", "生物/医疗器械"),
                Arguments.of("新建年产五亿剂疫苗的生产基地", "生物/生物医药"),
                // 新能源汽车
                Arguments.of("年产20GWh动力电池和新能源汽车整车生产基地正式投产", "新能源汽车"),
                Arguments.of("全市新建充电桩3000个、换电站20座", "新能源汽车/充电设施"),
                Arguments.of("无人驾驶出租车在示范区开展车路协同测试", "新能源汽车/智能网联汽车"),
                // 新能源
                Arguments.of("县里建成装机容量100兆瓦的光伏电站并网发电", "新能源/光伏"),
                Arguments.of("海上风电项目首台风电机组顺利吊装", "新能源/风电"),
                Arguments.of("新型储能电站项目一期工程建成投运", "新能源/储能"),
                Arguments.of("绿氢制备及加氢站一体化示范项目启动", "新能源/氢能"),
                Arguments.of("大力发展清洁能源和可再生能源", "新能源"),
                // 节能环保
                Arguments.of("城区污水处理厂提标改造工程完工", "节能环保/环境治理"),
                Arguments.of("建筑垃圾资源化利用项目年处理能力达百万吨", "节能环保/资源循环利用"),
                Arguments.of("园区内企业实施余热回收和节能改造", "节能环保/高效节能"),
                Arguments.of("退役动力电池回收利用基地落成", "节能环保/资源循环利用"),
                // 数字创意
                Arguments.of("动漫和电子竞技产业集聚区揭牌", "数字创意/数字内容"),
                Arguments.of("元宇宙和虚拟现实体验中心面向市民开放", "数字创意/虚拟现实"),
                Arguments.of("举办工业设计大赛，评选优秀创意设计作品", "数字创意/设计服务"),
                // 相关服务
                Arguments.of("科技企业孵化器和众创空间新增在孵企业80家", "相关服务/创新创业"),
                Arguments.of("第三方检验检测服务平台投入使用", "相关服务/检验检测"),
                Arguments.of("推动高校科技成果转化和技术转移", "相关服务/科技成果转化"),
                // general topics
                Arguments.of("全市开展新一轮全员核酸检测，各采样点有序运转", "疫情防控"),
                Arguments.of("社区为老年人上门接种疫苗", "疫情防控"),
                Arguments.of("区人武部组织民兵开展军事训练", "国防动员"),
                Arguments.of("今年大学生征兵报名人数创新高", "国防动员"),
                Arguments.of("举办招商推介会，营商环境持续优化", "招商引资"),
                Arguments.of("地铁三号线和快速路工程加快建设", "城市建设/基础设施"),
                Arguments.of("全面推进老旧小区改造和加装电梯工作", "城市建设/城市更新"),
                Arguments.of("高标准农田建设和农民增收工作取得新进展", "乡村振兴"),
                Arguments.of("国庆黄金周期间5A级景区接待游客人次创新高", "文化旅游"),
                Arguments.of("新建3所幼儿园和2所中小学，新增学位4000个", "教育"),
                Arguments.of("新增就业岗位和养老服务设施列入十大民生实事", "民生"),
                Arguments.of("家庭医生签约服务覆盖所有乡镇卫生院", "医疗卫生"),
                Arguments.of("开展安全生产大检查，深入排查整治安全隐患", "安全生产"),
                Arguments.of("市委理论学习中心组专题学习党的二十大精神", "党建"),
                Arguments.of("扎实推进扫黑除恶，严厉打击电信诈骗犯罪", "社会治理"),
                Arguments.of("中欧班列开行数量和外贸进出口总额双双增长", "对外开放"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("sentences")
    void primaryTopic(String sentence, String expected) {
        assertEquals(Optional.of(expected), matcher.primaryTopic(sentence), () -> sentence + " => " + matcher.match(sentence));
    }
}
