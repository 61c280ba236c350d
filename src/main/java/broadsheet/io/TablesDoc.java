package broadsheet.io;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders docs/tables.md from {@link Tables}: the analysts' contract. Run it after changing a table
 * ({@code java -cp … broadsheet.io.TablesDoc docs/tables.md}); a test fails while the file is out of date.
 */
public final class TablesDoc {
    private TablesDoc() {
    }

    public static String render() {
        StringBuilder md = new StringBuilder();
        md.append("# Output tables\n\n")
                .append("<!-- Generated from broadsheet.io.Tables by broadsheet.io.TablesDoc: edit the class, then regenerate. -->\n\n")
                .append("Every table is a directory of Parquet files (zstd) under `--output`, with a `_SUCCESS` marker. ")
                .append("`_run.json` beside them is the run summary. A full run (`--mode full`, the default) replaces every table it writes; ")
                .append("an incremental run (`--mode incremental`) adds the issues not yet in `articles`, rewriting only the `issue_month` ")
                .append("partitions they fall in, and recomputes `term_summary`, `entity_cooccurrence`, `entity_summary` ")
                .append("and `topic_investment_totals` from the complete tables. `_state/` (which articles each stage's tables come from, ")
                .append("per-issue tag counts for `term_summary`) and `_staging/` (during an incremental run) are Broadsheet's own, not tables. ")
                .append("Dates are Parquet DATE; counts are INT64 unless noted; names are snake_case. ")
                .append("Partition columns are hive-style directories (`issue_month=2024-03`, `issue_month=undated`); ")
                .append("they read back as strings: DuckDB (`hive_partitioning = true`) as VARCHAR, polars as String, `pyarrow.dataset` ")
                .append("(`partitioning=\"hive\"`) as string; `pyarrow.parquet.read_table` gives `dictionary<string>` and pandas ")
                .append("`read_parquet` a `category` of strings (`.astype(str)` when a plain string column is wanted). ")
                .append("No checksum (`.crc`) files are written next to local output. ")
                .append("Files: each `issue_month` partition of a per-issue table is written by one or a few tasks, so it holds few, ")
                .append("large files: `articles` one file per month (one task per month); `term_frequencies`, `entities` and `investments` ")
                .append("come from the analysis pass, whose tasks are ranges of issue dates (about 3 tasks per month of the corpus, 2 to 4 ")
                .append("per core), so a month has at most about 4 files, one per task holding some of its issues.\n\n")
                .append("| table | one row per | partitioned by |\n| --- | --- | --- |\n");
        for (TableSpec t : Tables.all()) {
            md.append("| [`").append(t.name()).append("`](#").append(t.name()).append(") | ").append(t.grain()).append(" | ")
                    .append(t.partitionBy().isEmpty() ? "–" : "`" + String.join("`, `", t.partitionBy()) + "`").append(" |\n");
        }
        for (TableSpec t : Tables.all()) {
            md.append("\n## ").append(t.name()).append("\n\n")
                    .append("Grain: ").append(t.grain()).append(". Joins: ").append(t.joins()).append(".\n\n")
                    .append("| column | type | null | meaning |\n| --- | --- | --- | --- |\n");
            for (ColumnSpec c : t.columns()) {
                md.append("| `").append(c.name()).append("` | ").append(typeName(c.type())).append(" | ")
                        .append(c.nullable() ? "yes" : "no").append(" | ").append(c.description().replace("|", "\\|")).append(" |\n");
            }
            if (t == Tables.REJECTS || t == Tables.WARNINGS) {
                md.append("\n| reason | meaning | example `detail` |\n| --- | --- | --- |\n");
                for (Tables.Reason r : t == Tables.REJECTS ? Tables.REJECT_REASONS : Tables.WARNING_REASONS) {
                    md.append("| `").append(r.code()).append("` | ").append(r.meaning().replace("|", "\\|")).append(" | ")
                            .append(r.exampleDetail().replace("|", "\\|")).append(" |\n");
                }
            }
        }
        return md.toString();
    }

    static String typeName(DataType type) {
        if (type instanceof ArrayType a) {
            return "list<" + typeName(a.elementType()) + ">";
        }
        if (type instanceof StructType s) {
            StringBuilder fields = new StringBuilder();
            for (StructField f : s.fields()) {
                fields.append(fields.length() == 0 ? "" : ", ").append(f.name()).append(": ").append(typeName(f.dataType()));
            }
            return "struct<" + fields + ">";
        }
        if (type instanceof DecimalType d) {
            return "decimal(" + d.precision() + "," + d.scale() + ")";
        }
        return switch (type.typeName()) {
            case "string" -> "string";
            case "integer" -> "int32";
            case "long" -> "int64";
            case "double" -> "double";
            case "boolean" -> "bool";
            case "date" -> "date";
            case "timestamp" -> "timestamp[us, UTC]";
            default -> type.simpleString();
        };
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "docs/tables.md");
        Files.writeString(target, render(), StandardCharsets.UTF_8);
        System.out.println("wrote " + target);
    }
}
