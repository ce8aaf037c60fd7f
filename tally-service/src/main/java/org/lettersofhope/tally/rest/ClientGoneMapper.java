package org.lettersofhope.tally.rest;

import java.io.IOException;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.lettersofhope.commons.rest.ProblemMappers;
import org.lettersofhope.commons.rest.Problems;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * A client that went away while its answer was written (a dashboard closed, a phone out of reach — thousands a day
 * with live streams) is nothing wrong here: noted at debug level, without a stack trace. In this service an I/O
 * failure reaching the HTTP layer is always the client's connection (the database and Kafka fail otherwise).
 */
public class ClientGoneMapper {

    private static final Logger LOG = Logger.getLogger(ClientGoneMapper.class);

    private final ProblemMappers problems = new ProblemMappers();

    @ServerExceptionMapper
    public Response clientGone(IOException e, UriInfo uri) {
        if (e instanceof JsonProcessingException json) {
            return problems.malformedJson(json, uri); // a body that is not JSON, not a connection
        }
        LOG.debugf("client went away from %s: %s", Problems.instance(uri.getPath()), e.toString());
        return Response.status(499).build();
    }
}
