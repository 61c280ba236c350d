package broadsheet.io;

/**
 * The order Spark, Parquet and DuckDB sort strings in (UTF-8 bytes, the same as Unicode code points), for plain
 * Java code whose ties and pair orders must agree with the tables. {@link String#compareTo} compares UTF-16
 * units, which differs past U+FFFF (a CJK Extension B name sorts before U+FF21 there).
 */
public final class StringOrder {
    private StringOrder() {
    }

    public static int compare(String x, String y) {
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            int a = x.codePointAt(i);
            int b = y.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Integer.compare(x.length() - i, y.length() - j);
    }
}
