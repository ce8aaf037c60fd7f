package org.lettersofhope.commons.rest;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.lettersofhope.shared.problem.Problem;
import org.lettersofhope.shared.problem.ProblemTypes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Builds {@code application/problem+json} responses. */
public final class Problems {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_INSTANCE_LENGTH = 512;

    private Problems() {
    }

    public static Response response(Problem problem) {
        return builder(problem).build();
    }

    public static Response.ResponseBuilder builder(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(json(problem));
    }

    public static Problem validation(String detail, List<Problem.Violation> violations) {
        return new Problem(ProblemTypes.VALIDATION, "Invalid request", 400, detail, null, violations);
    }

    public static String json(Problem problem) {
        try {
            return MAPPER.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            // A record of strings and ints always serialises; this is unreachable in practice.
            return "{\"title\":\"" + problem.title() + "\",\"status\":" + problem.status() + "}";
        }
    }

    /** The request path to report as {@code instance}, cut short so that a hostile URL is not echoed in full. */
    public static String instance(String path) {
        if (path == null) {
            return null;
        }
        return path.length() > MAX_INSTANCE_LENGTH ? path.substring(0, MAX_INSTANCE_LENGTH) : path;
    }

    /** A short title for a status when nothing more specific is known. */
    public static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Authentication required";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 409 -> "Conflict";
            case 412 -> "Precondition failed";
            case 413 -> "Payload too large";
            case 415 -> "Unsupported media type";
            case 422 -> "Unprocessable request";
            case 428 -> "Precondition required";
            case 429 -> "Too many requests";
            case 503 -> "Service unavailable";
            default -> status >= 500 ? "Internal error" : "Request failed";
        };
    }
}
