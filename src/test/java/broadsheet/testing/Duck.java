package broadsheet.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads Broadsheet's Parquet output with DuckDB: an independent reader, not Spark. */
public final class Duck {
    private Duck() {
    }

    /** {@code FROM <table>} and {@code JOIN <table>} in the query are replaced by a read_parquet over that table's directory. */
    public static List<Map<String, Object>> query(Path outputDir, String sql) {
        String expanded = sql;
        for (String table : List.of("articles", "rejects", "warnings", "term_frequencies", "term_summary", "investments", "topic_investment_totals", "entities", "entity_cooccurrence", "entity_summary")) {
            expanded = expanded.replaceAll("\\b(FROM|JOIN) " + table + "\\b",
                    "$1 read_parquet('" + outputDir.resolve(table) + "/**/*.parquet', hive_partitioning = true, union_by_name = true)");
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(expanded)) {
            ResultSetMetaData md = rs.getMetaData();
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    Object v = rs.getObject(i);
                    if (v instanceof java.sql.Array a) {
                        v = List.of((Object[]) a.getArray());
                    }
                    row.put(md.getColumnLabel(i), v);
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(expanded, e);
        }
    }

    public static long count(Path outputDir, String sql) {
        return ((Number) query(outputDir, sql).get(0).values().iterator().next()).longValue();
    }
}
