package cn.energydata.console.backend;

import java.util.List;

/** A page of a backend's list answer ({@code page} is 0-based) with what the pager and the tables need. */
public interface Paged<T> {

    List<T> items();

    int page();

    int size();

    long total();

    default List<T> itemList() {
        return items() == null ? List.of() : items();
    }

    default boolean hasPrevious() {
        return page() > 0;
    }

    default boolean hasNext() {
        return (long) (page() + 1) * size() < total();
    }

    default long pages() {
        return Math.max(1, (total() + size() - 1) / Math.max(1, size()));
    }
}
