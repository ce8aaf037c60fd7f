package org.lettersofhope.letter.service;

import java.util.List;

import org.lettersofhope.commons.rest.ProblemException;
import org.lettersofhope.shared.problem.Problem;
import org.lettersofhope.shared.problem.ProblemTypes;

/** Requests that are well-formed but break a business rule: 422 naming the fields (or rules) not met. */
public final class Refusals {

    private Refusals() {
    }

    public static ProblemException unmet(String detail, List<Problem.Violation> violations) {
        return new ProblemException(new Problem(ProblemTypes.VALIDATION, "Unprocessable request", 422, detail, null,
                violations));
    }

    public static ProblemException unmet(String field, String message) {
        return unmet("The request breaks a rule: " + field + " " + message + ".",
                List.of(new Problem.Violation(field, message)));
    }
}
