package org.lettersofhope.letter.service;

import java.util.List;

import org.lettersofhope.commons.rest.ProblemException;
import org.lettersofhope.shared.problem.Problem;
import org.lettersofhope.shared.problem.ProblemTypes;

/**
 * Refusals of letter-service that the shared {@link ProblemException} factories do not name: well-formed requests
 * that break a business rule, 422 naming the fields (or rules) not met.
 */
final class Refusals {

    private Refusals() {
    }

    /** A well-formed reference to something that does not exist or may not be used here: 422 naming the field. */
    static ProblemException unusable(String field, String message) {
        return unmet("The request refers to something that cannot be used.",
                List.of(new Problem.Violation(field, message)));
    }

    /** A rule the request does not meet, named by the field it is about. */
    static ProblemException unmet(String field, String message) {
        return unmet("The request breaks a rule: " + field + " " + message + ".",
                List.of(new Problem.Violation(field, message)));
    }

    static ProblemException unmet(String detail, List<Problem.Violation> violations) {
        return new ProblemException(new Problem(ProblemTypes.VALIDATION, "Unprocessable request", 422, detail, null,
                violations));
    }
}
