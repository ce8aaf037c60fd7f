package org.lettersofhope.commons.rest;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;
import org.lettersofhope.commons.security.OptionalAuthentication;
import org.lettersofhope.commons.security.Roles;
import org.lettersofhope.shared.problem.Problem;

import io.quarkus.security.Authenticated;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Writes the parts of each service's OpenAPI document that follow from what an endpoint declares, so that resources
 * carry only what is particular to an operation:
 * <ul>
 * <li>{@code security} on every operation, from {@code @PermitAll} ({@code []}), {@link OptionalAuthentication}
 * ({@code [{}, {bearer: []}, {apiKey: []}]}), {@code @RolesAllowed} (bearer for people's roles, apiKey for keys'
 * roles) and {@code @Authenticated} (either);</li>
 * <li>the responses every such endpoint can give: 401 and 403 when it checks credentials (every write does, public
 * ones too: FormerVolunteerWrites), 429 with {@code Retry-After} when {@link RateLimited}, 400, 413 and 415 when it
 * takes a body; an operation with no 4xx of its own gets 406;</li>
 * <li>response headers with schemas: {@code Location} on every 201, {@code Idempotent-Replayed} where an
 * {@code Idempotency-Key} is taken, a schema for any header declared without one ({@code ETag});</li>
 * <li>a type for each parameter whose {@code @Parameter(schema = @Schema(minimum …))} lost it;</li>
 * <li>the Problem schema for every error body, with the catalog of problem types ({@link ProblemCatalog});</li>
 * <li>{@code servers}, the license's SPDX identifier, and no security scheme but bearer and apiKey.</li>
 * </ul>
 * Operations are matched to their Java methods by {@code operationId}, which every resource method declares.
 * Operations of service-commons (served by every service) get the service's name in front of theirs, so that ids are
 * unique across the three documents.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OpenApiContractFilter implements OASFilter {

    private static final String REF = "#/components/schemas/Problem";
    private static final String BEARER = "bearer";
    private static final String API_KEY = "apiKey";
    private static final Set<String> PEOPLE = Set.of(Roles.VOLUNTEER, Roles.COORDINATOR, Roles.ADMIN);
    private static final Set<String> KEYS = Set.of(Roles.PARTNER, Roles.DASHBOARD);
    private static final Set<PathItem.HttpMethod> READS = EnumSet.of(PathItem.HttpMethod.GET,
            PathItem.HttpMethod.HEAD, PathItem.HttpMethod.OPTIONS);
    private static final String COMMONS = "org.lettersofhope.commons.";
    static final String LICENSE = "AGPL-3.0-only";

    private static final DotName OPERATION = DotName.createSimple(
            org.eclipse.microprofile.openapi.annotations.Operation.class.getName());
    private static final DotName PERMIT_ALL = DotName.createSimple(PermitAll.class.getName());
    private static final DotName ROLES_ALLOWED = DotName.createSimple(RolesAllowed.class.getName());
    private static final DotName AUTHENTICATED = DotName.createSimple(Authenticated.class.getName());
    private static final DotName OPTIONAL = DotName.createSimple(OptionalAuthentication.class.getName());
    private static final DotName RATE_LIMITED = DotName.createSimple(RateLimited.class.getName());

    private final Map<String, MethodInfo> methods = new HashMap<>();

    /** Without an index (never in Quarkus) nothing is known of the endpoints, and only document-wide parts apply. */
    public OpenApiContractFilter() {
    }

    public OpenApiContractFilter(IndexView index) {
        for (AnnotationInstance a : index.getAnnotations(OPERATION)) {
            if (a.target().kind() == AnnotationTarget.Kind.METHOD && a.value("operationId") != null) {
                methods.put(a.value("operationId").asString(), a.target().asMethod());
            }
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        if (components.getSchemas() == null || !components.getSchemas().containsKey("Problem")) {
            components.addSchema("Problem", problemSchema());
        }
        if (components.getSecuritySchemes() != null) {
            // Quarkus adds a scheme of its own for smallrye-jwt that no operation uses.
            new ArrayList<>(components.getSecuritySchemes().keySet()).stream()
                    .filter(name -> !name.equals(BEARER) && !name.equals(API_KEY))
                    .forEach(components::removeSecurityScheme);
        }
        openAPI.setServers(List.of(OASFactory.createServer().url("/")
                .description("The service that serves this document (behind the organisation's gateway)")));
        if (openAPI.getInfo() == null) {
            openAPI.setInfo(OASFactory.createInfo());
        }
        if (openAPI.getInfo().getLicense() == null) {
            openAPI.getInfo().setLicense(OASFactory.createLicense().name("GNU Affero General Public License v3.0"));
        }
        openAPI.getInfo().getLicense().setIdentifier(LICENSE);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        String service = serviceName();
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getOperations().entrySet()) {
                Operation op = entry.getValue();
                if (op.getResponses() == null || op.getResponses().getAPIResponses() == null) {
                    continue;
                }
                MethodInfo method = op.getOperationId() == null ? null : methods.get(op.getOperationId());
                if (method != null) {
                    describe(op, entry.getKey(), method);
                    if (method.declaringClass().name().toString().startsWith(COMMONS) && service != null) {
                        op.setOperationId(service + Character.toUpperCase(op.getOperationId().charAt(0))
                                + op.getOperationId().substring(1));
                    }
                }
                if (op.getRequestBody() != null) {
                    addIfMissing(op, "400", "The body is not valid (the problem's violations name the fields)");
                    addIfMissing(op, "413", "The body is larger than the limit (256 KiB; 32 MiB for imports)");
                    addIfMissing(op, "415", "The body is not of a media type this operation reads");
                }
                if (op.getResponses().getAPIResponses().keySet().stream().noneMatch(s -> s.startsWith("4"))) {
                    addIfMissing(op, "406", "The Accept header names no media type this operation answers with");
                }
                fixParameters(path.getParameters());
                fixParameters(op.getParameters());
                boolean idempotent = op.getParameters() != null && op.getParameters().stream()
                        .anyMatch(p -> p.getIn() == Parameter.In.HEADER && Idempotency.HEADER.equals(p.getName()));
                for (Map.Entry<String, APIResponse> r : op.getResponses().getAPIResponses().entrySet()) {
                    completeResponse(r.getKey(), r.getValue(), idempotent);
                }
            }
        }
    }

    private void describe(Operation op, PathItem.HttpMethod httpMethod, MethodInfo method) {
        AnnotationInstance roles = declared(method, ROLES_ALLOWED);
        boolean authenticated = declared(method, AUTHENTICATED) != null;
        boolean permitted = declared(method, PERMIT_ALL) != null;
        // The method's own annotation wins over the class's, as it does for Quarkus security.
        if (method.hasDeclaredAnnotation(PERMIT_ALL)) {
            roles = null;
            authenticated = false;
        } else if (method.hasDeclaredAnnotation(ROLES_ALLOWED) || method.hasDeclaredAnnotation(AUTHENTICATED)) {
            permitted = false;
        }
        boolean checksCredentials = !READS.contains(httpMethod);
        if (roles != null || authenticated) {
            Set<String> names = roles == null ? Set.of() : Set.of(roles.value().asStringArray());
            List<SecurityRequirement> security = new ArrayList<>();
            if (authenticated || names.stream().anyMatch(PEOPLE::contains)) {
                security.add(OASFactory.createSecurityRequirement().addScheme(BEARER));
            }
            if (authenticated || names.stream().anyMatch(KEYS::contains)) {
                security.add(OASFactory.createSecurityRequirement().addScheme(API_KEY));
            }
            op.setSecurity(security);
            checksCredentials = true;
        } else if (permitted && declared(method, OPTIONAL) != null) {
            op.setSecurity(List.of(OASFactory.createSecurityRequirement(),
                    OASFactory.createSecurityRequirement().addScheme(BEARER),
                    OASFactory.createSecurityRequirement().addScheme(API_KEY)));
            checksCredentials = true;
        } else {
            op.setSecurity(new ArrayList<>());
        }
        boolean optionalRead = READS.contains(httpMethod) && roles == null && !authenticated;
        if (checksCredentials) {
            addIfMissing(op, "401", optionalRead ? "A bearer token or API key was sent that is not valid"
                    : "A bearer token or API key was required and not sent, or one was sent that is not valid");
        }
        if (checksCredentials && !optionalRead) {
            addIfMissing(op, "403", "The caller's roles do not allow this, or the bearer token is that of a "
                    + "volunteer who left (problem type urn:lettersofhope:problem:volunteer-left)");
        }
        if (declared(method, RATE_LIMITED) != null) {
            addIfMissing(op, "429", "Too many requests from your address; Retry-After says when to try again");
        }
    }

    /** The annotation on the method, else on its class. */
    private static AnnotationInstance declared(MethodInfo method, DotName name) {
        AnnotationInstance a = method.declaredAnnotation(name);
        return a != null ? a : method.declaringClass().declaredAnnotation(name);
    }

    private static void completeResponse(String status, APIResponse response, boolean idempotent) {
        boolean error = status.startsWith("4") || status.startsWith("5");
        Content content = response.getContent();
        if (error && (content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty())) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF))));
        }
        if (response.getHeaders() != null) {
            for (Map.Entry<String, Header> h : response.getHeaders().entrySet()) {
                if (h.getValue().getSchema() == null && h.getValue().getContent() == null) {
                    h.getValue().setSchema(string(null));
                }
            }
        }
        if (status.equals("201")) {
            addHeader(response, "Location", "Where the new record is read",
                    OASFactory.createSchema().addType(SchemaType.STRING).format("uri-reference"));
        }
        if (status.equals("429") || status.equals("503")) {
            addHeader(response, "Retry-After", "Seconds to wait before trying again",
                    OASFactory.createSchema().addType(SchemaType.INTEGER).minimum(java.math.BigDecimal.ZERO));
        }
        if (idempotent && status.startsWith("2")) {
            addHeader(response, Idempotency.REPLAYED_HEADER, "true when this is the stored answer to an earlier "
                    + "request with the same Idempotency-Key (nothing was done again); absent otherwise",
                    OASFactory.createSchema().addType(SchemaType.BOOLEAN));
        }
    }

    private static void addHeader(APIResponse response, String name, String description, Schema schema) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().description(description).schema(schema));
        } else if (response.getHeaders().get(name).getSchema() == null) {
            response.getHeaders().get(name).setSchema(schema);
        }
    }

    /**
     * {@code @Parameter(schema = @Schema(minimum = …))} replaces the schema scanned from the Java type, type included:
     * bounds mean an integer, string facets and formats a string.
     */
    private static void fixParameters(List<Parameter> parameters) {
        if (parameters == null) {
            return;
        }
        for (Parameter p : parameters) {
            Schema s = p.getSchema();
            if (s == null || s.getRef() != null || s.getAllOf() != null || (s.getType() != null
                    && !s.getType().isEmpty())) {
                continue;
            }
            if (s.getMinimum() != null || s.getMaximum() != null) {
                s.addType(SchemaType.INTEGER).format("int32");
            } else {
                s.addType(SchemaType.STRING);
            }
        }
    }

    /**
     * volunteer, letter or tally: the package of the service's own resources ({@code org.lettersofhope.letter.rest}).
     * (The document's title is not set yet when this filter runs.)
     */
    private String serviceName() {
        return methods.values().stream().map(m -> m.declaringClass().name().toString())
                .filter(c -> c.startsWith("org.lettersofhope.") && !c.startsWith(COMMONS))
                .map(c -> c.substring("org.lettersofhope.".length(), c.indexOf('.', "org.lettersofhope.".length())))
                .findFirst().orElse(null);
    }

    private static void addIfMissing(Operation op, String status, String description) {
        if (!op.getResponses().getAPIResponses().containsKey(status)) {
            op.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static Schema problemSchema() {
        Schema violation = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .addProperty("field", string("The offending field, by JSON path (e.g. roles[1])"))
                .addProperty("message", string("What is wrong with it"))
                .required(List.of("field", "message"));
        StringBuilder types = new StringBuilder("A URI naming the kind of problem; clients branch on it. Each is "
                + "described at /problems/{last part} on every service:");
        List<Object> examples = new ArrayList<>();
        List<Object> catalog = new ArrayList<>();
        for (ProblemCatalog.Entry e : ProblemCatalog.entries()) {
            types.append("\n- `").append(e.type()).append("` (").append(e.status()).append("): ")
                    .append(e.meaning());
            examples.add(e.type());
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("type", e.type());
            item.put("status", e.status());
            item.put("title", e.title());
            item.put("meaning", e.meaning());
            item.put("page", e.page());
            catalog.add(item);
        }
        types.append("\n- `about:blank`: any other status, with no more meaning than the status itself.");
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("An RFC 9457 problem detail")
                .addProperty("type", string(types.toString()).format("uri").examples(examples))
                .addProperty("title", string("A short summary"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32"))
                .addProperty("detail", string("What happened, for a person"))
                .addProperty("instance", string("The request path"))
                .addProperty("violations", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .items(violation).description("The invalid fields of a rejected request"))
                .addProperty("currentStatus", string("On a refused state change: the record's status"))
                .addProperty("allowedNextStatuses", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .items(string(null)).description("On a refused state change: the statuses the record may "
                                + "move to next; empty when it is final"))
                .required(List.of("type", "title", "status"))
                .addExtension("x-problem-types", catalog);
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }
}
