package org.lettersofhope.letter.domain;

import java.util.List;
import java.util.Map;

/** Builds the where-clause of a list query from the filters that are set. */
final class Filters {

    private Filters() {
    }

    static void add(List<String> where, Map<String, Object> params, String condition, String name, Object value) {
        if (value != null) {
            where.add(condition);
            params.put(name, value);
        }
    }
}
