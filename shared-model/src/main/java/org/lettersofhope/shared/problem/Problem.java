package org.lettersofhope.shared.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, the body of every error the services return as {@code application/problem+json}.
 * {@code violations} lists the offending fields of a rejected request; it never echoes the rejected values.
 * {@code allowed}, on a refused state change, lists the states that may come next.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
        List<Violation> violations, List<String> allowed) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        violations = violations == null ? List.of() : List.copyOf(violations);
        allowed = allowed == null ? List.of() : List.copyOf(allowed);
    }

    public Problem(String type, String title, int status, String detail, String instance,
            List<Violation> violations) {
        this(type, title, status, detail, instance, violations, List.of());
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem(ProblemTypes.forStatus(status), title, status, detail, null, List.of());
    }

    public Problem withInstance(String instance) {
        return new Problem(type, title, status, detail, instance, violations, allowed);
    }

    public Problem withAllowed(List<String> allowed) {
        return new Problem(type, title, status, detail, instance, violations, allowed);
    }

    /** One field that failed validation, named by its JSON path (e.g. {@code roles[1]} or {@code email}). */
    public record Violation(String field, String message) {
    }
}
