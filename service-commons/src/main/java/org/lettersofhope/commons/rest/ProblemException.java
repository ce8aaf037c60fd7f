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
        return new ProblemException(new Problem(ProblemTypes.ILLEGAL_TRANSITION, "Illegal state change", 409,
                "Cannot go from " + from + " to " + to + ".", null, List.of())
                .withStatuses(from.name(), allowed.stream().map(Enum::name).sorted().toList()));
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
