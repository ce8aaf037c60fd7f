package org.lettersofhope.commons.rest;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.lettersofhope.shared.problem.Problem;
import org.lettersofhope.shared.problem.ProblemTypes;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpClosedException;

/**
 * Every error a service returns is problem+json. Bad input is a 4xx naming the offending fields, without echoing
 * their values; a dependency outage is a 503 with Retry-After ({@link DependencyOutage}); anything unexpected is a 500 carrying only an id that points to the server log.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        boolean returnValue = e.getConstraintViolations().stream()
                .anyMatch(v -> kinds(v.getPropertyPath()).contains(ElementKind.RETURN_VALUE));
        if (returnValue) {
            return internal(e, uri);
        }
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message))
                .distinct()
                .collect(Collectors.toList());
        return Problems.response(Problems.validation("The request has invalid fields.", violations)
                .withInstance(Problems.instance(uri.getPath())));
    }

    @ServerExceptionMapper({ JsonParseException.class })
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return Problems.response(new Problem(ProblemTypes.MALFORMED_REQUEST, "Malformed JSON", 400,
                "The request body is not well-formed JSON.", Problems.instance(uri.getPath()), List.of()));
    }

    @ServerExceptionMapper({ MismatchedInputException.class, InvalidFormatException.class, JsonMappingException.class })
    public Response unreadableJson(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e.getPath());
        String message = "has the wrong type";
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            message = "must be one of " + Arrays.toString(f.getTargetType().getEnumConstants());
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            message = "must be " + describe(m.getTargetType());
        }
        if (field.isEmpty()) {
            return Problems.response(new Problem(ProblemTypes.MALFORMED_REQUEST, "Unreadable request body", 400,
                    "The request body does not have the expected shape.", Problems.instance(uri.getPath()),
                    List.of()));
        }
        return Problems.response(Problems.validation("The request has fields of the wrong type.",
                List.of(new Problem.Violation(field, message))).withInstance(Problems.instance(uri.getPath())));
    }

    @ServerExceptionMapper
    public Response refused(ProblemException e, UriInfo uri) {
        return Problems.response(e.problem().withInstance(Problems.instance(uri.getPath())));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problems.response(Problem.of(403, Problems.title(403), "You may not do this.")
                .withInstance(Problems.instance(uri.getPath())));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Response original = e.getResponse();
        int status = original == null ? 500 : original.getStatus();
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException p) { // a parameter converter's refusal, wrapped by JAX-RS
                return refused(p, uri);
            }
            if (cause instanceof JsonMappingException m) {
                return unreadableJson(m, uri);
            }
            if (cause instanceof JsonProcessingException p) {
                return malformedJson(p, uri);
            }
        }
        if (status >= 500) {
            return internal(e, uri);
        }
        Response.ResponseBuilder out = Problems.builder(Problem.of(status, Problems.title(status), detail(status))
                .withInstance(Problems.instance(uri.getPath())));
        copyHeader(original, out, HttpHeaders.ALLOW);
        copyHeader(original, out, HttpHeaders.RETRY_AFTER);
        copyHeader(original, out, HttpHeaders.WWW_AUTHENTICATE);
        return out.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        return internal(e, uri);
    }

    /**
     * Whether a failure is the client going away (it closed or reset the connection, e.g. half-way through sending
     * its body): nothing the server did wrong, and nobody left to answer. Not when the reset connection is the
     * database's or the broker's (an outage: PostgreSQL crashed under a running statement), which the client is
     * answered 503 for and retries; FaultsIT saw such requests answered 400 and given up.
     */
    public static boolean clientWentAway(Throwable e) {
        if (DependencyOutage.isOutage(e)) {
            return false;
        }
        int depth = 0;
        for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof HttpClosedException || t instanceof ClosedChannelException) {
                return true;
            }
            String message = t.getMessage();
            if (t instanceof IOException && message != null
                    && (message.contains("Connection reset") || message.contains("Broken pipe"))) {
                return true;
            }
        }
        return false;
    }

    /** One quiet line, without a stack trace: a disconnect is routine, and a flood of them must not fill the log. */
    static void logClientWentAway(String path) {
        LOG.debugf("the client closed the connection on %s before the exchange was over", Problems.instance(path));
    }

    private static Response unauthenticated(UriInfo uri) {
        return Problems.builder(Problem.of(401, Problems.title(401),
                "Send a bearer token, or an API key in the X-API-Key header.")
                .withInstance(Problems.instance(uri.getPath())))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    private static Response internal(Throwable e, UriInfo uri) {
        if (clientWentAway(e)) {
            logClientWentAway(uri.getPath());
            return Problems.response(Problem.of(400, Problems.title(400), "The connection was closed.")
                    .withInstance(Problems.instance(uri.getPath())));
        }
        if (DependencyOutage.isOutage(e)) {
            return DependencyOutage.response(e, uri.getPath());
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error %s on %s", errorId, Problems.instance(uri.getPath()));
        return Problems.response(Problem.of(500, "Internal error",
                "Something went wrong on our side. Quote error id " + errorId + " when reporting it.")
                .withInstance(Problems.instance(uri.getPath())));
    }

    private static String detail(int status) {
        return switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            case 406 -> "This address cannot answer in the requested media type.";
            case 415 -> "This address does not accept that content type.";
            default -> null;
        };
    }

    private static void copyHeader(Response from, Response.ResponseBuilder to, String name) {
        if (from != null && from.getHeaderString(name) != null) {
            to.header(name, from.getHeaderString(name));
        }
    }

    private static List<ElementKind> kinds(Path path) {
        List<ElementKind> kinds = new ArrayList<>();
        path.forEach(n -> kinds.add(n.getKind()));
        return kinds;
    }

    /** {@code register.request.address.city} becomes {@code address.city}; a query parameter keeps its name. */
    static String field(ConstraintViolation<?> v) {
        List<String> parts = new ArrayList<>();
        String parameter = null;
        for (Path.Node n : v.getPropertyPath()) {
            switch (n.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> {
                }
                case PARAMETER -> parameter = n.getName();
                default -> {
                    // A node inside a list or map carries the element's index or key: it belongs to the list's own
                    // name (entries[0].quantity, not entries.quantity[0]).
                    Object at = n.getIndex() != null ? n.getIndex() : n.getKey();
                    if (n.isInIterable() && at != null && !parts.isEmpty()) {
                        int last = parts.size() - 1;
                        parts.set(last, parts.get(last) + "[" + at + "]");
                    }
                    String name = n.getName();
                    // Container elements are named like <list element>: the index above already says which.
                    if (name != null && !name.isEmpty() && !name.startsWith("<")) {
                        parts.add(name);
                    }
                }
            }
        }
        if (parts.isEmpty()) {
            return parameter == null ? "" : parameter;
        }
        return String.join(".", parts);
    }

    static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date or time";
        }
        return "an object";
    }
}
