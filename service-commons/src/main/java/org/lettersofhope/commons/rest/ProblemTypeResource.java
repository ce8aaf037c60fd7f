package org.lettersofhope.commons.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Makes each problem {@code type} resolvable: {@code urn:lettersofhope:problem:validation} is described at
 * {@code /problems/validation} on every service. Documentation rather than API, so it is left out of the OpenAPI
 * documents (which list the same catalog under the Problem schema).
 */
@Path("/problems")
@PermitAll
public class ProblemTypeResource {

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public String index() {
        StringBuilder list = new StringBuilder("<ul>");
        for (ProblemCatalog.Entry e : ProblemCatalog.entries()) {
            list.append("<li><a href=\"").append(e.page()).append("\"><code>").append(e.type())
                    .append("</code></a>: ").append(e.title()).append("</li>");
        }
        return page("Problem types", "<p>The <code>type</code> of every application/problem+json answer is one "
                + "of these.</p>" + list.append("</ul>"));
    }

    @GET
    @Path("/{name}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public String describe(@PathParam("name") String name) {
        ProblemCatalog.Entry e = ProblemCatalog.byName(name).orElseThrow(NotFoundException::new);
        return page(e.title(), "<p><code>" + e.type() + "</code>, usually with HTTP status " + e.status()
                + ".</p><p>" + e.meaning() + "</p><p><a href=\"" + ProblemCatalog.PAGES.substring(0,
                        ProblemCatalog.PAGES.length() - 1) + "\">All problem types</a></p>");
    }

    // The catalog's texts are constants of ours (no markup), so nothing here needs escaping.
    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                + " — Letters of Hope</title></head><body><h1>" + title + "</h1>" + body + "</body></html>";
    }
}
