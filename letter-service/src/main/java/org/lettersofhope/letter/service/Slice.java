package org.lettersofhope.letter.service;

import java.util.List;

/** One page of results and how many there are across all pages. */
public record Slice<T>(List<T> items, long total) {
}
