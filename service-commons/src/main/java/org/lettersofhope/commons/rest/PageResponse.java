package org.lettersofhope.commons.rest;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with what a client needs to fetch the next. */
public record PageResponse<T>(
        @Schema(required = true, description = "The items of this page") List<T> items,
        @Schema(required = true, description = "Page number, from 0") int page,
        @Schema(required = true, description = "Requested page size") int size,
        @Schema(description = "Items across all pages; left out where counting them is asked for and costly",
                nullable = true) Long totalItems,
        @Schema(required = true, description = "Whether a further page exists") boolean hasNext) {

    public static <E, T> PageResponse<T> of(List<E> items, PageParams params, long total, Function<E, T> map) {
        return new PageResponse<>(items.stream().map(map).toList(), params.page, params.size, total,
                (long) (params.page + 1) * params.size < total);
    }

    /**
     * A page read with one row more than asked for, so that {@code hasNext} needs no count; {@code total} is null
     * unless it was counted.
     */
    public static <E, T> PageResponse<T> ofSlice(List<E> itemsPlusOne, PageParams params, Long total,
            Function<E, T> map) {
        boolean more = itemsPlusOne.size() > params.size;
        List<E> page = more ? itemsPlusOne.subList(0, params.size) : itemsPlusOne;
        return new PageResponse<>(page.stream().map(map).toList(), params.page, params.size, total, more);
    }
}
