package org.lettersofhope.tally.service;

import java.util.List;
import java.util.UUID;

import org.lettersofhope.commons.rest.ProblemException;
import org.lettersofhope.shared.problem.Problem;
import org.lettersofhope.shared.problem.ProblemTypes;

/** The problems tally-service answers with beyond the shared ones. */
public final class Refusals {

    private Refusals() {
    }

    public static ProblemException unknownCampaign(UUID campaignId) {
        return new ProblemException(Problem.of(404, "Not found",
                "No published campaign has the campaignId " + campaignId + "."));
    }

    public static ProblemException closedCampaign() {
        return ProblemException.conflict("The campaign is closed: report-backs are no longer counted towards it.");
    }

    /** A well-formed field that names something this service does not know or that does not fit. */
    public static ProblemException unprocessable(String field, String message) {
        return new ProblemException(new Problem(ProblemTypes.forStatus(422), "Unprocessable request", 422,
                "The request names something that cannot be counted.", null,
                List.of(new Problem.Violation(field, message))));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "Forbidden", detail));
    }
}
