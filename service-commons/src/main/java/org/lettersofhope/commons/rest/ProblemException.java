package org.lettersofhope.commons.rest;

import java.util.Collection;
import java.util.List;

import org.lettersofhope.shared.problem.Problem;
import org.lettersofhope.shared.problem.ProblemTypes;

/**
 * A business rule refused the request. Services throw it; {@link ProblemMappers} answers with its problem. The
 * detail is written for the client: it must never carry personal data.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.title() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, "Conflict", detail));
    }

    /** A state change that the current state does not allow; lists what is allowed instead. */
    public static ProblemException illegalTransition(Enum<?> from, Enum<?> to, Collection<? extends Enum<?>> allowed) {
        return withStatuses(ProblemTypes.ILLEGAL_TRANSITION, "Illegal state change",
                "Cannot go from " + from + " to " + to + ".", from, allowed);
    }

    /** A request that does not fit the record's current state; says the state and where it may still go. */
    public static ProblemException stateConflict(String detail, Enum<?> current,
            Collection<? extends Enum<?>> allowedNext) {
        return withStatuses(ProblemTypes.CONFLICT, "Conflict", detail, current, allowedNext);
    }

    /** A field acceptable on its own but not for this caller or this record. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(Problems.validation("The request has invalid fields.",
                List.of(new Problem.Violation(field, message))));
    }

    private static ProblemException withStatuses(String type, String title, String detail, Enum<?> current,
            Collection<? extends Enum<?>> allowedNext) {
        return new ProblemException(new Problem(type, title, 409, detail, null, List.of())
                .withStatuses(current.name(), allowedNext.stream().map(Enum::name).sorted().toList()));
    }

    public static ProblemException preconditionFailed() {
        return new ProblemException(Problem.of(412, "Precondition failed",
                "The record changed since you read it: read it again, then repeat your change with its new ETag."));
    }

    public static ProblemException preconditionRequired() {
        return new ProblemException(Problem.of(428, "Precondition required",
                "Send the ETag you read in an If-Match header, so that a concurrent change is not overwritten."));
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(Problem.of(422, "Unprocessable request", detail));
    }
}
