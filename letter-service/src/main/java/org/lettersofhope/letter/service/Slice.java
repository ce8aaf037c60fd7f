package org.lettersofhope.letter.service;

import java.util.List;

import org.lettersofhope.commons.rest.PageParams;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * A page read with one row more than asked for, so that whether a next page exists needs no count.
 * {@link org.lettersofhope.commons.rest.PageResponse#ofSlice} turns it into the API's page.
 */
public record Slice<T>(List<T> itemsPlusOne) {

    public static <T> Slice<T> of(PanacheQuery<T> query, PageParams paging) {
        int from = paging.offset();
        return new Slice<>(query.range(from, from + paging.size).list());
    }
}
