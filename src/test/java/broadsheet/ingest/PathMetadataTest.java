package broadsheet.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PathMetadataTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "wuxi-daily/2022-11-04.txt|wuxi-daily|2022-11-04|null",
            "wuxi-daily/20221104.txt|wuxi-daily|2022-11-04|null",
            "wuxi-daily-2022-11-04.txt|wuxi-daily|2022-11-04|null",
            "archive/wuxi-daily/2022-11-04.txt|wuxi-daily|2022-11-04|null",
            "source=canal-evening/date=2024-04-02/page-01.txt|canal-evening|2024-04-02|null",
            "source=canal-evening/date=20240402/page=03/a.txt|canal-evening|2024-04-02|03",
            "year=2024/source=x/dt=2024-04-02/part-0.txt|x|2024-04-02|null",
            "wuxi-daily/2022/11/04.txt|wuxi-daily|2022-11-04|null",
            "people-daily-1998-01.utf8.txt|people-daily|null|null",
            "people-daily-1998-01.gbk.txt|people-daily|null|null",
            "feeds/jiangnan-wire-2024-04.jsonl|feeds|null|null",
            "taihu-daily/editor-notes.txt|taihu-daily|null|null",
            "2022-11-04.txt|unknown|2022-11-04|null",
            "wuxi-daily/2022-13-45.txt|wuxi-daily|null|null",
            "wuxi-daily/20221341.txt|wuxi-daily|null|null",
    })
    void sourceDateAndPageFromPath(String path, String source, String date, String page) {
        PathMetadata m = PathMetadata.of(path);
        assertEquals(source, m.source(), "source of " + path);
        assertEquals(date, m.date() == null ? null : m.date().toString(), "date of " + path);
        assertEquals(page, m.page(), "page of " + path);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "wuxi/2022-02-30.txt|2022-02-30",
            "wuxi/2022-13-45.txt|2022-13-45",
            "wuxi/20220230.txt|20220230",
            "wuxi/20221341.txt|null",
            "wuxi/1799-12-31.txt|1799-12-31",
            "wuxi/2999-01-01.txt|2999-01-01",
            "date=2022-02-30/a.txt|2022-02-30",
            "wuxi/2022/02/30.txt|2022-02-30",
            "wuxi/2022-11-04.txt|null",
            "wuxi/12345678.txt|null",
            "wuxi/editor-notes.txt|null",
    })
    void anImpossibleOrOutOfRangeDateIsNamed(String path, String bad) {
        PathMetadata m = PathMetadata.of(path);
        assertEquals(bad, m.badDate(), path);
        if (bad != null) {
            assertEquals(null, m.date(), path);
        }
    }
}
