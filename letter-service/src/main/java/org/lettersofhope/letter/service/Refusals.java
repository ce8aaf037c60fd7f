package org.lettersofhope.letter.service;

import java.util.List;

import org.lettersofhope.commons.rest.ProblemException;
import org.lettersofhope.shared.problem.Problem;
import org.lettersofhope.shared.problem.ProblemTypes;

/** Refusals of letter-service that the shared {@link ProblemException} factories do not name. */
final class Refusals {

    private Refusals() {
    }

    /** A well-formed reference to something that does not exist or may not be used here: 422 naming the field. */
    static ProblemException unusable(String field, String message) {
        return new ProblemException(new Problem(ProblemTypes.VALIDATION, "Unprocessable request", 422,
                "The request refers to something that cannot be used.", null,
                List.of(new Problem.Violation(field, message))));
    }
}
