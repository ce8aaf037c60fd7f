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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The problems of community events and RSVPs: state conflicts (409), stale versions (412), fields out of place. */
public class EventProblemMappers {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ServerExceptionMapper
    public Response conflict(StateConflictException e, UriInfo uri) throws JsonProcessingException {
        ConflictProblem problem = new ConflictProblem(ProblemTypes.CONFLICT, Problems.title(409), 409, e.getMessage(),
                Problems.instance(uri.getPath()), e.currentStatus(), e.allowedNextStatuses());
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(MAPPER.writeValueAsString(problem)).build();
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
