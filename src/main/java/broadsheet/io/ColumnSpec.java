package broadsheet.io;

import org.apache.spark.sql.types.DataType;

import java.io.Serializable;

/** One documented output column: its snake_case name, Spark type, whether it may be null, and its meaning. */
public record ColumnSpec(String name, DataType type, boolean nullable, String description) implements Serializable {
}
