package org.lettersofhope.volunteer.service;

import java.util.List;

import org.lettersofhope.commons.rest.ProblemException;
import org.lettersofhope.shared.problem.Problem;
import org.lettersofhope.shared.problem.ProblemTypes;

/**
 * Refusals of volunteer-service that the shared {@link ProblemException} factories do not name: a well-formed
 * reference to something that does not exist, or may not be used by this caller, is a 422 naming the field.
 */
final class Refusals {

    private Refusals() {
    }

    static ProblemException unusable(String field, String message) {
        return new ProblemException(new Problem(ProblemTypes.VALIDATION, "Unprocessable request", 422,
                "The request refers to something that cannot be used: " + field + " " + message + ".", null,
                List.of(new Problem.Violation(field, message))));
    }
}
