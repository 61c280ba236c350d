package broadsheet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Two small corpora in the style of the sample corpus (a city daily's issue files, a JSON Lines wire feed), written
 * for these tests. A: March and April issues, an undated file, an empty file, a bad JSON line. B, added to the same
 * archive later: an April issue, two June issues, another undated file, another bad JSON line.
 */
final class Corpus {
    private Corpus() {
    }

    static final String ISSUE_MARCH_04 = """
            湖滨经开区智能制造项目集中开工 总投资约36亿元

            本报讯 3月3日上午,湖滨经开区一季度智能制造项目集中开工仪式在星河产业园举行。市长王建华出席并宣布项目开工。本次集中开工的8个项目总投资约36亿元,涵盖工业机器人、精密传感器和新能源装备等领域。

            王建华强调,要坚持制造业立市,加快推进项目建设,推动产业向高端化、智能化、绿色化发展。星河精密机械公司负责人表示,企业新建的数控机床生产线预计年底投产。(记者 孙丽)

            湖滨区召开春季植树动员会

            本报讯 3月3日,湖滨区召开春季植树造林动员会议。区委书记赵志刚出席会议并讲话,要求各街道抓住春季有利时机,扎实推进国土绿化行动。(周航)
            """;

    static final String ISSUE_MARCH_11 = """
            市政府常务会议研究部署优化营商环境工作

            本报讯 3月10日,市政府召开常务会议,研究部署优化营商环境重点工作。市长王建华主持会议。会议指出,要持续深化政务服务改革,提升企业办事便利度,让更多市场主体安心发展。(记者 孙丽)
            """;

    static final String ISSUE_APRIL_08 = """
            湖滨港物流园二期项目签约 计划投资12亿元

            本报讯 4月7日下午,湖滨港物流园二期项目签约仪式在市行政中心举行。副市长陈晓梅出席签约仪式。项目计划投资12亿元,建设冷链仓储、多式联运和智慧物流信息平台。(记者 周航)
            """;

    static final String NOTES_A = """
            湖滨区社区养老服务中心投入使用

            本报讯 全区新建社区养老服务中心12个,为老年人提供助餐、康复和日间照料服务。王建华到社区养老服务中心察看运营情况。(记者 孙丽)
            """;

    static final String WIRE_MARCH = """
            {"source": "river-wire", "date": "2024-03-05", "page": "A1", "title": "江岸新区新能源产业园开园", "text": "本报讯 3月5日上午,江岸新区新能源产业园正式开园。产业园总投资约20亿元,首批入驻企业15家。新区管委会主任林海峰表示,将加快引进储能和氢能项目。(记者 许静)"}
            {"source": "river-wire", "date": "2024-03-12", "page": "A2", "title": "江岸新区举办人才招聘会", "text": "3月12日,江岸新区举办春季人才招聘会,120家企业提供岗位三千余个。林海峰到招聘会现场了解企业用工需求。"}
            this line is not json {
            """;

    static final String ISSUE_APRIL_22 = """
            湖滨经开区生物医药产业园项目开工 总投资约18亿元

            本报讯 4月21日,湖滨经开区生物医药产业园项目正式开工。市长王建华出席开工仪式。项目总投资约18亿元,将建设创新药研发中心和医疗器械生产基地。星河精密机械公司将为产业园提供自动化生产设备。(记者 孙丽)
            """;

    static final String ISSUE_JUNE_03 = """
            湖滨区推进老旧小区改造 今年计划改造小区30个

            本报讯 6月2日,湖滨区召开老旧小区改造工作推进会。区委书记赵志刚出席会议。今年全区计划改造老旧小区30个,总投资约5亿元,同步推进加装电梯和停车设施建设。(周航)
            """;

    static final String NOTES_B = """
            湖滨区图书馆分馆开放

            本报讯 湖滨区新建的三家图书馆分馆日前开放,市民可凭借书证通借通还。赵志刚参加开放活动。(记者 周航)
            """;

    static final String WIRE_JUNE = """
            {"source": "river-wire", "date": "2024-06-04", "page": "A1", "title": "江岸新区氢能产业项目签约", "text": "本报讯 6月4日,江岸新区与星河精密机械公司签约氢能装备项目,计划投资8亿元。新区管委会主任林海峰出席签约仪式。(记者 许静)"}
            {"source": "river-wire", "date": "2024-06-04", "page": "A1", "title"
            """;

    static void writeA(Path archive) throws IOException {
        Path daily = Files.createDirectories(archive.resolve("lakeside-daily"));
        Files.writeString(daily.resolve("2024-03-04.txt"), ISSUE_MARCH_04);
        Files.writeString(daily.resolve("2024-03-11.txt"), ISSUE_MARCH_11);
        Files.writeString(daily.resolve("2024-04-08.txt"), ISSUE_APRIL_08);
        Files.writeString(daily.resolve("notes-a.txt"), NOTES_A);
        Files.write(daily.resolve("2024-04-09.txt"), new byte[0]);
        Files.writeString(Files.createDirectories(archive.resolve("feeds")).resolve("river-wire-2024-03.jsonl"), WIRE_MARCH);
    }

    static void writeB(Path archive) throws IOException {
        Path daily = Files.createDirectories(archive.resolve("lakeside-daily"));
        Files.writeString(daily.resolve("2024-04-22.txt"), ISSUE_APRIL_22);
        Files.writeString(daily.resolve("2024-06-03.txt"), ISSUE_JUNE_03);
        Files.writeString(daily.resolve("notes-b.txt"), NOTES_B);
        Files.writeString(Files.createDirectories(archive.resolve("feeds")).resolve("river-wire-2024-06.jsonl"), WIRE_JUNE);
    }
}
