package org.lettersofhope.volunteer.rest;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.lettersofhope.commons.rest.Problems;
import org.lettersofhope.shared.problem.Problem;
import org.lettersofhope.shared.problem.ProblemTypes;
import org.lettersofhope.volunteer.service.InvalidFieldException;
import org.lettersofhope.volunteer.service.StaleVersionException;
import org.lettersofhope.volunteer.service.StateConflictException;


/** The problems of community events and RSVPs: state conflicts (409), stale versions (412), fields out of place. */
public class EventProblemMappers {

    @ServerExceptionMapper
    public Response conflict(StateConflictException e, UriInfo uri) {
        return Problems.response(new Problem(ProblemTypes.CONFLICT, Problems.title(409), 409, e.getMessage(),
                Problems.instance(uri.getPath()), List.of()).withStatuses(e.currentStatus(), e.allowedNextStatuses()));
    }

    @ServerExceptionMapper
    public Response staleVersion(StaleVersionException e, UriInfo uri) {
        return Problems.response(Problem.of(412, Problems.title(412),
                "The event changed since you read it. Read it again and retry with its new ETag in If-Match.")
                .withInstance(Problems.instance(uri.getPath())));
    }

    @ServerExceptionMapper
    public Response invalidField(InvalidFieldException e, UriInfo uri) {
        return Problems.response(Problems.validation("The request has invalid fields.",
                List.of(new Problem.Violation(e.field(), e.getMessage()))).withInstance(Problems.instance(uri.getPath())));
    }
}
