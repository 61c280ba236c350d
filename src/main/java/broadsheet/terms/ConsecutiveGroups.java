package broadsheet.terms;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs of consecutive rows with equal keys folded into output rows, lazily: for the rows of a task sorted by a key,
 * where one group at a time is held (as an accumulator, not as a list of its rows).
 */
final class ConsecutiveGroups {
    private ConsecutiveGroups() {
    }

    /**
     * @param key    a row's group (null-safe equality)
     * @param start  a fresh accumulator for a group
     * @param add    adds a row to its group's accumulator
     * @param finish a complete group's output rows
     */
    static <T, K, A, R> Iterator<R> fold(Iterator<T> rows, Function<T, K> key, Supplier<A> start, BiConsumer<A, T> add,
                                         Function<A, List<R>> finish) {
        return new Iterator<>() {
            private T lookahead;
            private List<R> pending = List.of();
            private int next;

            @Override
            public boolean hasNext() {
                while (next >= pending.size() && (lookahead != null || rows.hasNext())) {
                    T first = lookahead != null ? lookahead : rows.next();
                    lookahead = null;
                    K group = key.apply(first);
                    A acc = start.get();
                    add.accept(acc, first);
                    while (rows.hasNext()) {
                        T r = rows.next();
                        if (!Objects.equals(key.apply(r), group)) {
                            lookahead = r;
                            break;
                        }
                        add.accept(acc, r);
                    }
                    pending = finish.apply(acc);
                    next = 0;
                }
                return next < pending.size();
            }

            @Override
            public R next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return pending.get(next++);
            }
        };
    }
}
