package org.lettersofhope.commons.rest;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.lettersofhope.shared.problem.Problem;

/**
 * Every error a service documents is answered with a problem+json body, so the document says so once, here: each
 * 4xx and 5xx response without a body of its own gets the {@code Problem} schema. Resources only give the status
 * and what it means. Every write, public ones included, may also answer 401 (a credential sent that is not valid)
 * and 403 (a volunteer who left): those are added where a resource does not name them.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String REF = "#/components/schemas/Problem";

    private static final Set<PathItem.HttpMethod> READS = EnumSet.of(PathItem.HttpMethod.GET,
            PathItem.HttpMethod.HEAD, PathItem.HttpMethod.OPTIONS);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        if (components.getSchemas() == null || !components.getSchemas().containsKey("Problem")) {
            components.addSchema("Problem", problemSchema());
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getOperations().entrySet()) {
                Operation op = entry.getValue();
                if (op.getResponses() == null || op.getResponses().getAPIResponses() == null) {
                    continue;
                }
                if (!READS.contains(entry.getKey())) {
                    // Every write checks the caller's credentials, public ones too (FormerVolunteerWrites).
                    addIfMissing(op, "401", "A bearer token or API key was sent that is not valid");
                    addIfMissing(op, "403", "The bearer token is that of a volunteer who left "
                            + "(problem type urn:lettersofhope:problem:volunteer-left)");
                }
                for (Map.Entry<String, APIResponse> r : op.getResponses().getAPIResponses().entrySet()) {
                    boolean error = r.getKey().startsWith("4") || r.getKey().startsWith("5");
                    Content content = r.getValue().getContent();
                    if (error && (content == null || content.getMediaTypes() == null
                            || content.getMediaTypes().isEmpty())) {
                        r.getValue().setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF))));
                    }
                }
            }
        }
    }

    private static void addIfMissing(Operation op, String status, String description) {
        if (!op.getResponses().getAPIResponses().containsKey(status)) {
            op.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static Schema problemSchema() {
        Schema violation = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", string("The offending field, by JSON path (e.g. roles[1])"))
                .addProperty("message", string("What is wrong with it"));
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("An RFC 9457 problem detail")
                .addProperty("type", string("A URI naming the kind of problem"))
                .addProperty("title", string("A short summary"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
                .addProperty("detail", string("What happened, for a person"))
                .addProperty("instance", string("The request path"))
                .addProperty("violations", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(violation).description("The invalid fields of a rejected request"))
                .addProperty("currentStatus", string("On a refused state change: the record's status"))
                .addProperty("allowedNextStatuses", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(string(null)).description("On a refused state change: the statuses the record may "
                                + "move to next; empty when it is final"))
                .required(List.of("type", "title", "status"));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
    }
}
