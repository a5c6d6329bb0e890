package io.grantline.api;

import java.util.List;

/** One page of a listing, numbered from 1 as data.all numbers them. */
public record Page<T>(List<T> nodes, int count, int page, int pageSize) {

    public static int offset(int page, int pageSize) {
        return (Math.max(page, 1) - 1) * pageSize;
    }

    public int pages() {
        return pageSize == 0 ? 0 : (count + pageSize - 1) / pageSize;
    }

    public boolean hasNext() {
        return page < pages();
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
