package broadsheet.io;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * An iterator whose items are made a batch at a time (an issue's or an article's rows), the next batch only when
 * the last is used up: a task's output streams instead of being held whole in memory.
 */
public abstract class BatchIterator<T> implements Iterator<T> {
    private final List<T> batch = new ArrayList<>();
    private int next;
    private boolean done;

    /**
     * Adds the next batch (possibly empty) to {@code batch}.
     *
     * @return false, adding nothing, when there is no more input
     */
    protected abstract boolean fill(List<T> batch);

    @Override
    public final boolean hasNext() {
        while (next >= batch.size() && !done) {
            batch.clear();
            next = 0;
            done = !fill(batch);
        }
        return next < batch.size();
    }

    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return batch.get(next++);
    }
}
