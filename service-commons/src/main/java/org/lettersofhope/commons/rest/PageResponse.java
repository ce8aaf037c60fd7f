package org.lettersofhope.commons.rest;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with what a client needs to fetch the next. */
public record PageResponse<T>(
        @Schema(description = "The items of this page") List<T> items,
        @Schema(description = "Page number, from 0") int page,
        @Schema(description = "Requested page size") int size,
        @Schema(description = "Items across all pages") long totalItems,
        @Schema(description = "Whether a further page exists") boolean hasNext) {

    public static <E, T> PageResponse<T> of(List<E> items, PageParams params, long total, Function<E, T> map) {
        return new PageResponse<>(items.stream().map(map).toList(), params.page, params.size, total,
                (long) (params.page + 1) * params.size < total);
    }
}
