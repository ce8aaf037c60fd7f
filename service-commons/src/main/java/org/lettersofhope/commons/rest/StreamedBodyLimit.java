package org.lettersofhope.commons.rest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.lettersofhope.shared.problem.Problem;

import io.quarkus.runtime.BlockingOperationControl;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * The body limit of a request that does not say how long its body is ({@code Transfer-Encoding: chunked}): its bytes
 * are counted as they arrive, and once there are more than the path allows ({@link HttpProblemRoutes#limitFor}) the
 * request is answered 413 and its connection closed, without reading or keeping the rest. A body within the limit is
 * handed on to the resource as read. Bodies with a {@code Content-Length} are checked before they are read, by
 * {@link HttpProblemRoutes}.
 * <p>
 * As a request filter it runs after authentication and the endpoint's role check, so an anonymous caller cannot make
 * a protected endpoint read a large body, and on the endpoint's worker thread, where a blocking read is allowed.
 */
public class StreamedBodyLimit {

    @Inject
    HttpProblemRoutes limits;

    @ServerRequestFilter(priority = Priorities.ENTITY_CODER)
    public Response limitStreamedBody(ContainerRequestContext context, HttpServerRequest request,
            RoutingContext routing) throws IOException {
        if (request.headers().contains(HttpHeaders.CONTENT_LENGTH) || request.isEnded()
                || request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD
                || !BlockingOperationControl.isBlockingAllowed()) {
            return null;
        }
        long limit = limits.limitFor(request.path());
        InputStream in = context.getEntityStream();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
            if (body.size() + (long) n > limit) {
                routing.addEndHandler(v -> request.connection().close());
                return Problems.builder(Problem.of(413, Problems.title(413),
                        "The request body is larger than " + limit + " bytes.")
                        .withInstance(Problems.instance(request.path())))
                        .header(HttpHeaders.CONNECTION.toString(), "close").build();
            }
            body.write(buffer, 0, n);
        }
        context.setEntityStream(new ByteArrayInputStream(body.toByteArray()));
        return null;
    }
}
