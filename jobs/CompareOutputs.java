import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Compares two Broadsheet output directories table by table with DuckDB (an independent Parquet reader):
 * the same tables, the same columns and types, and the same rows as multisets (EXCEPT ALL both ways),
 * partition columns included. File layout (how many part files) may differ and does not matter.
 *
 * <pre>java -cp duckdb_jdbc.jar jobs/CompareOutputs.java EXPECTED ACTUAL [--ignore table.column ...]</pre>
 * Prints one line per table and exits 0 when everything is equal, 1 when anything differs.
 */
public final class CompareOutputs {
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: CompareOutputs EXPECTED_DIR ACTUAL_DIR [--ignore table.column ...]");
            System.exit(2);
        }
        Path expected = Path.of(args[0]).toAbsolutePath();
        Path actual = Path.of(args[1]).toAbsolutePath();
        List<String> ignore = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--ignore") && i + 1 < args.length) {
                ignore.add(args[++i]);
            }
        }
        Set<String> tablesE = tables(expected);
        Set<String> tablesA = tables(actual);
        boolean ok = true;
        if (tablesE.isEmpty()) {
            System.out.println("FAIL no tables (directories with _SUCCESS) in " + expected);
            ok = false;
        }
        if (!tablesE.equals(tablesA)) {
            System.out.println("FAIL table sets differ: " + tablesE + " vs " + tablesA);
            ok = false;
        }
        Class.forName("org.duckdb.DuckDBDriver");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            for (String table : tablesE) {
                if (!tablesA.contains(table)) {
                    continue;
                }
                ok &= compareTable(s, table, expected.resolve(table), actual.resolve(table), ignore);
            }
        }
        System.out.println(ok ? "EQUAL " + tablesE.size() + " tables" : "DIFFERENT");
        System.exit(ok ? 0 : 1);
    }

    private static Set<String> tables(Path dir) throws IOException {
        Set<String> out = new TreeSet<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> Files.exists(p.resolve("_SUCCESS"))).forEach(p -> out.add(p.getFileName().toString()));
        }
        return out;
    }

    private static boolean hasParquet(Path tableDir) throws IOException {
        try (Stream<Path> s = Files.walk(tableDir)) {
            return s.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
        }
    }

    private static String source(Path tableDir, String table, List<String> ignore) {
        List<String> cols = new ArrayList<>();
        for (String i : ignore) {
            if (i.startsWith(table + ".")) {
                cols.add(i.substring(table.length() + 1));
            }
        }
        String exclude = cols.isEmpty() ? "*" : "* EXCLUDE (" + String.join(", ", cols) + ")";
        return "(SELECT " + exclude + " FROM read_parquet('" + tableDir.toString().replace("'", "''")
                + "/**/*.parquet', hive_partitioning = true, union_by_name = true))";
    }

    private static boolean compareTable(Statement s, String table, Path e, Path a, List<String> ignore)
            throws SQLException, IOException {
        boolean pe = hasParquet(e);
        boolean pa = hasParquet(a);
        if (!pe || !pa) {
            boolean same = pe == pa;
            System.out.printf("%s %-24s %s%n", same ? "ok  " : "FAIL", table,
                    same ? "no Parquet files on either side (empty table)" : "Parquet files on one side only");
            return same;
        }
        String se = source(e, table, ignore);
        String sa = source(a, table, ignore);
        String schemaE = schema(s, se);
        String schemaA = schema(s, sa);
        long ne = count(s, "SELECT count(*) FROM " + se);
        long na = count(s, "SELECT count(*) FROM " + sa);
        if (!schemaE.equals(schemaA)) {
            System.out.printf("FAIL %-24s schema differs:%n  expected %s%n  actual   %s%n", table, schemaE, schemaA);
            return false;
        }
        long missing = count(s, "SELECT count(*) FROM (SELECT * FROM " + se + " EXCEPT ALL SELECT * FROM " + sa + ")");
        long extra = count(s, "SELECT count(*) FROM (SELECT * FROM " + sa + " EXCEPT ALL SELECT * FROM " + se + ")");
        boolean same = ne == na && missing == 0 && extra == 0;
        System.out.printf("%s %-24s %d rows vs %d rows; %d missing, %d extra%s%n", same ? "ok  " : "FAIL", table,
                ne, na, missing, extra, ignore.stream().anyMatch(i -> i.startsWith(table + ".")) ? " (ignoring " + ignore + ")" : "");
        if (!same) {
            show(s, "  missing (expected only)", "SELECT * FROM " + se + " EXCEPT ALL SELECT * FROM " + sa + " LIMIT 5");
            show(s, "  extra (actual only)", "SELECT * FROM " + sa + " EXCEPT ALL SELECT * FROM " + se + " LIMIT 5");
        }
        return same;
    }

    private static String schema(Statement s, String src) throws SQLException {
        StringBuilder b = new StringBuilder();
        try (ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM " + src)) {
            while (rs.next()) {
                b.append(rs.getString(1)).append(':').append(rs.getString(2)).append(' ');
            }
        }
        return b.toString().trim();
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void show(Statement s, String title, String sql) throws SQLException {
        System.out.println(title + ":");
        try (ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder("    ");
                for (int i = 1; i <= n; i++) {
                    String v = String.valueOf(rs.getObject(i));
                    b.append(i > 1 ? " | " : "").append(v.length() > 60 ? v.substring(0, 57) + "..." : v);
                }
                System.out.println(b);
            }
        }
    }
}
