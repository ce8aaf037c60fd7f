package org.lettersofhope.commons.rest;

import jakarta.ws.rs.core.EntityTag;

/** Optimistic concurrency over HTTP: a record's version is its ETag; an update names it in If-Match. */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version an {@code If-Match} header names. Missing → 428; anything but one strong tag of ours (a list, a
     * weak tag, {@code *}, garbage) cannot match a version and is a 412.
     */
    public static long requireVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired();
        }
        String tag = ifMatch.trim();
        if (tag.length() < 3 || tag.length() > 22 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
            throw ProblemException.preconditionFailed();
        }
        try {
            return Long.parseLong(tag.substring(1, tag.length() - 1));
        } catch (NumberFormatException e) {
            throw ProblemException.preconditionFailed();
        }
    }
}
