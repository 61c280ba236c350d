package broadsheet.io;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.col;

/**
 * One output table: its directory name under {@code --output}, what one row is, how it is partitioned and
 * joined, and its columns in order. {@link Tables} holds every instance; docs/tables.md is generated from them.
 */
public record TableSpec(String name, String grain, List<String> partitionBy, String joins, List<ColumnSpec> columns)
        implements Serializable {

    public StructType schema() {
        List<StructField> fields = new ArrayList<>();
        for (ColumnSpec c : columns) {
            fields.add(new StructField(c.name(), c.type(), c.nullable(), org.apache.spark.sql.types.Metadata.empty()));
        }
        return new StructType(fields.toArray(new StructField[0]));
    }

    public List<String> columnNames() {
        return columns.stream().map(ColumnSpec::name).toList();
    }

    /** Selects the documented columns in documented order, cast to documented types. */
    public Column[] projection() {
        return columns.stream().map(c -> col(c.name()).cast(c.type()).as(c.name())).toArray(Column[]::new);
    }

    public ColumnSpec column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no column " + name + " in table " + this.name));
    }
}
