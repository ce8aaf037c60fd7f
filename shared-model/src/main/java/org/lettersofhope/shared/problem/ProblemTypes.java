package org.lettersofhope.shared.problem;

/** Stable problem type URIs, so that clients can branch on the type rather than on the title text. */
public final class ProblemTypes {

    private static final String BASE = "urn:lettersofhope:problem:";

    public static final String VALIDATION = BASE + "validation";
    public static final String MALFORMED_REQUEST = BASE + "malformed-request";
    public static final String NOT_FOUND = BASE + "not-found";
    public static final String METHOD_NOT_ALLOWED = BASE + "method-not-allowed";
    public static final String UNSUPPORTED_MEDIA_TYPE = BASE + "unsupported-media-type";
    public static final String NOT_ACCEPTABLE = BASE + "not-acceptable";
    public static final String PAYLOAD_TOO_LARGE = BASE + "payload-too-large";
    public static final String UNAUTHORIZED = BASE + "unauthorized";
    public static final String FORBIDDEN = BASE + "forbidden";
    /** The token's volunteer left the organisation: it may still read, but change nothing. */
    public static final String VOLUNTEER_LEFT = BASE + "volunteer-left";
    public static final String CONFLICT = BASE + "conflict";
    public static final String PRECONDITION_FAILED = BASE + "precondition-failed";
    public static final String PRECONDITION_REQUIRED = BASE + "precondition-required";
    public static final String ILLEGAL_TRANSITION = BASE + "illegal-transition";
    public static final String TOO_MANY_REQUESTS = BASE + "too-many-requests";
    public static final String INTERNAL = BASE + "internal";
    public static final String UNAVAILABLE = BASE + "unavailable";
    /** PostgreSQL or the broker is unreachable for the moment: the same request succeeds after Retry-After. */
    public static final String DEPENDENCY_UNAVAILABLE = BASE + "dependency-unavailable";

    private ProblemTypes() {
    }

    public static String forStatus(int status) {
        return switch (status) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 412 -> PRECONDITION_FAILED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 428 -> PRECONDITION_REQUIRED;
            case 422 -> VALIDATION;
            case 429 -> TOO_MANY_REQUESTS;
            case 503 -> UNAVAILABLE;
            default -> status >= 500 ? INTERNAL : "about:blank";
        };
    }
}
