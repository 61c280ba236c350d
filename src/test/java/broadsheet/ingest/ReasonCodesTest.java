package broadsheet.ingest;

import broadsheet.io.Tables;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every reason code the ingest writes is documented in {@link Tables} (and so in docs/tables.md), and no other. */
class ReasonCodesTest {
    private static Set<String> constants(Class<?> holder) throws IllegalAccessException {
        Set<String> codes = new TreeSet<>();
        for (Field f : holder.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                codes.add((String) f.get(null));
            }
        }
        return codes;
    }

    @Test
    void rejectReasonsAreDocumented() throws Exception {
        assertEquals(constants(RejectReasons.class),
                Tables.REJECT_REASONS.stream().map(Tables.Reason::code).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void warningReasonsAreDocumented() throws Exception {
        assertEquals(constants(WarningReasons.class),
                Tables.WARNING_REASONS.stream().map(Tables.Reason::code).collect(Collectors.toCollection(TreeSet::new)));
    }
}
