package org.lettersofhope.commons.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.lettersofhope.shared.problem.ProblemTypes;

/**
 * What each problem {@code type} means, in one place: the OpenAPI documents list it under the Problem schema,
 * {@link ProblemTypeResource} serves a page per type at {@code /problems/{name}}, and docs/problems.md repeats it
 * (ProblemCatalogTest keeps the three and {@link ProblemTypes} in step).
 */
public final class ProblemCatalog {

    /** Where the page of a type is served, relative to each service's root: {@code /problems/validation}. */
    public static final String PAGES = "/problems/";

    public record Entry(String type, int status, String title, String meaning) {

        /** The last part of the URN, e.g. {@code validation}. */
        public String name() {
            return type.substring(type.lastIndexOf(':') + 1);
        }

        public String page() {
            return PAGES + name();
        }
    }

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    static {
        add(ProblemTypes.VALIDATION, 400, "Invalid request",
                "A field breaks a rule (violations names each field and what is wrong), or, as 422, the request is "
                        + "well formed but refers to something that cannot be used (an inactive chapter, an "
                        + "Idempotency-Key reused with another body).");
        add(ProblemTypes.MALFORMED_REQUEST, 400, "Malformed request",
                "The body is not readable JSON of the expected shape, or a header or parameter cannot be parsed.");
        add(ProblemTypes.NOT_FOUND, 404, "Not found",
                "No such route or record, or none that the caller may see: records outside a caller's reach are "
                        + "answered as missing rather than forbidden.");
        add(ProblemTypes.METHOD_NOT_ALLOWED, 405, "Method not allowed",
                "The route exists but not with this HTTP method; Allow lists the methods it takes.");
        add(ProblemTypes.NOT_ACCEPTABLE, 406, "Not acceptable",
                "The Accept header names no media type that the operation answers with.");
        add(ProblemTypes.UNSUPPORTED_MEDIA_TYPE, 415, "Unsupported media type",
                "The body's Content-Type is not one that the operation reads (application/json, or text/csv for "
                        + "imports).");
        add(ProblemTypes.PAYLOAD_TOO_LARGE, 413, "Payload too large",
                "The body is over the limit: 256 KiB, or 32 MiB for bulk imports, however it is framed.");
        add(ProblemTypes.UNAUTHORIZED, 401, "Unauthorized",
                "A bearer token or X-API-Key is required and missing, or one was sent that is not valid (signature, "
                        + "issuer, audience, lifetime, revoked key).");
        add(ProblemTypes.FORBIDDEN, 403, "Forbidden",
                "The caller is known but their roles, chapter or key scope do not allow this operation.");
        add(ProblemTypes.VOLUNTEER_LEFT, 403, "Volunteer left",
                "The token is that of a volunteer who left the organisation: it may still read, but changes nothing.");
        add(ProblemTypes.CONFLICT, 409, "Conflict",
                "The request clashes with the current state: a duplicate (same email, slug, or RSVP) or a record "
                        + "that another request changed first.");
        add(ProblemTypes.ILLEGAL_TRANSITION, 409, "Illegal transition",
                "A status change that the record's lifecycle does not allow from where it is; currentStatus and "
                        + "allowedNextStatuses say where it is and where it may go.");
        add(ProblemTypes.PRECONDITION_FAILED, 412, "Precondition failed",
                "If-Match names a version (ETag) that is no longer current: read the record again and retry.");
        add(ProblemTypes.PRECONDITION_REQUIRED, 428, "Precondition required",
                "The edit needs an If-Match header with the ETag of the version it was made on.");
        add(ProblemTypes.TOO_MANY_REQUESTS, 429, "Too many requests",
                "The client address used up its budget of public requests; Retry-After says in how many seconds to "
                        + "try again.");
        add(ProblemTypes.INTERNAL, 500, "Internal error",
                "Something failed on the server; nothing was half-written. Retrying later may help.");
        add(ProblemTypes.UNAVAILABLE, 503, "Service unavailable",
                "A dependency (the database or the broker) is unavailable for now; Retry-After, when sent, says "
                        + "when to try again.");
    }

    private ProblemCatalog() {
    }

    private static void add(String type, int status, String title, String meaning) {
        ENTRIES.put(type, new Entry(type, status, title, meaning));
    }

    public static Iterable<Entry> entries() {
        return ENTRIES.values();
    }

    public static Optional<Entry> byName(String name) {
        return Optional.ofNullable(ENTRIES.get(ProblemTypes.VALIDATION.substring(0,
                ProblemTypes.VALIDATION.lastIndexOf(':') + 1) + name));
    }
}
