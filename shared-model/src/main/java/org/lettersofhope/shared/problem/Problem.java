package org.lettersofhope.shared.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, the body of every error the services return as {@code application/problem+json}.
 * {@code violations} lists the offending fields of a rejected request; it never echoes the rejected values.
 * On a refused state change, {@code currentStatus} names the record's status and {@code allowedNextStatuses} the
 * ones it may move to (empty when the status is final).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
        List<Violation> violations, String currentStatus,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> allowedNextStatuses) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        violations = violations == null ? List.of() : List.copyOf(violations);
        allowedNextStatuses = allowedNextStatuses == null ? null : List.copyOf(allowedNextStatuses);
    }

    public Problem(String type, String title, int status, String detail, String instance,
            List<Violation> violations) {
        this(type, title, status, detail, instance, violations, null, null);
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem(ProblemTypes.forStatus(status), title, status, detail, null, List.of());
    }

    public Problem withInstance(String instance) {
        return new Problem(type, title, status, detail, instance, violations, currentStatus, allowedNextStatuses);
    }

    /** For a refused state change: where the record is and where it may still go. */
    public Problem withStatuses(String current, List<String> allowedNext) {
        return new Problem(type, title, status, detail, instance, violations, current, allowedNext);
    }

    /** One field that failed validation, named by its JSON path (e.g. {@code roles[1]} or {@code email}). */
    public record Violation(String field, String message) {
    }
}
