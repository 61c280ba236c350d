package broadsheet.io;

import broadsheet.testing.Duck;
import broadsheet.testing.SampleRun;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/tables.md, the code's table specs, and the Parquet actually written must agree. */
class TablesContractTest {
    @Test
    void documentIsGeneratedFromTheSchemaClass() throws Exception {
        String doc = Files.readString(Path.of("docs/tables.md"));
        assertEquals(TablesDoc.render(), doc,
                "docs/tables.md is out of date: regenerate it with broadsheet.io.TablesDoc (see README)");
    }

    @Test
    void writtenParquetHasTheDocumentedColumnsInOrder() throws Exception {
        Path out = SampleRun.output();
        for (TableSpec t : Tables.all()) {
            assertTrue(Files.exists(out.resolve(t.name()).resolve("_SUCCESS")), out + "/" + t.name() + "/_SUCCESS");
            List<Map<String, Object>> cols = Duck.query(out, "DESCRIBE SELECT * FROM " + t.name());
            List<String> names = cols.stream().map(c -> (String) c.get("column_name")).toList();
            // DuckDB puts hive partition columns last, as Spark writes them.
            assertEquals(t.columnNames(), names, t.name());
        }
        assertEquals("DATE", Duck.query(out, "SELECT typeof(issue_date) t FROM term_frequencies LIMIT 1").get(0).get("t"));
        assertEquals("VARCHAR[]", Duck.query(out, "SELECT typeof(bylines) t FROM articles LIMIT 1").get(0).get("t"));
        assertTrue(Files.exists(out.resolve(Tables.RUN_SUMMARY_FILE)));
    }
}
