package broadsheet.terms;

import org.apache.spark.sql.Column;

import java.util.Locale;

import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.to_date;

/** The time grain of period tables ({@code --period day|month|year}): a label and the first day. */
public enum Period {
    DAY("yyyy-MM-dd", "day"), MONTH("yyyy-MM", "month"), YEAR("yyyy", "year");

    private final String labelFormat;
    private final String truncUnit;

    Period(String labelFormat, String truncUnit) {
        this.labelFormat = labelFormat;
        this.truncUnit = truncUnit;
    }

    /** {@code 2022-11} for a month; null for a null date. */
    public Column label(Column date) {
        return date_format(date, labelFormat);
    }

    public Column start(Column date) {
        return to_date(date_trunc(truncUnit, date));
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
