package org.aikg.core.query;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** Passes on at most a number of items and remembers whether more were there: the one row cap of every result. */
public final class RowCap<T> implements Iterator<T> {

    private final Iterator<T> source;
    private final long limit;
    private long count;
    private boolean truncated;

    public RowCap(Iterator<T> source, long limit) {
        this.source = source;
        this.limit = limit;
    }

    @Override
    public boolean hasNext() {
        if (!source.hasNext()) {
            return false;
        }
        if (count >= limit) {
            truncated = true;
            return false;
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        count++;
        return source.next();
    }

    /** How many items were passed on. */
    public long count() {
        return count;
    }

    /** Whether the source had more items than the cap let through. */
    public boolean truncated() {
        return truncated;
    }
}
