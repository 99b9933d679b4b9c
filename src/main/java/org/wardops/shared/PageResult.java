package org.wardops.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list, in the shape every list endpoint answers with. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public int pageCount() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < pageCount();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
