package broadsheet.terms;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConsecutiveGroupsTest {
    /** Key before ':', values summed per run of equal keys; output "key=sum". */
    private static List<String> sums(String... rows) {
        Iterator<String> it = ConsecutiveGroups.fold(Arrays.asList(rows).iterator(),
                r -> r.startsWith(":") ? null : r.substring(0, r.indexOf(':')),
                () -> new Object[] {null, 0},
                (acc, r) -> {
                    acc[0] = r.substring(0, r.indexOf(':'));
                    acc[1] = (Integer) acc[1] + Integer.parseInt(r.substring(r.indexOf(':') + 1));
                },
                acc -> List.of(acc[0] + "=" + acc[1]));
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void foldsEachRunOfEqualKeys() {
        assertEquals(List.of("a=3", "b=10", "a=1"), sums("a:1", "a:2", "b:10", "a:1"));
        assertEquals(List.of("=5", "x=1"), sums(":2", ":3", "x:1"), "null keys form a group too");
        assertEquals(List.of(), sums());
        assertEquals(List.of("z=7"), sums("z:7"));
    }

    @Test
    void groupsWithNoOutputAreSkippedAndTheEndIsReported() {
        Iterator<Integer> it = ConsecutiveGroups.fold(List.of(1, 1, 2, 3, 3).iterator(), r -> r, () -> new int[1],
                (acc, r) -> acc[0] += r, acc -> acc[0] == 2 ? List.<Integer>of() : List.of(acc[0], -acc[0]));
        List<Integer> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        assertEquals(List.of(6, -6), out, "the groups 1,1 and 2 (sum 2) give nothing, 3,3 gives two rows");
        assertFalse(it.hasNext());
        assertThrows(java.util.NoSuchElementException.class, it::next);
    }
}
