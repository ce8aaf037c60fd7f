package org.lettersofhope.letter.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.letter.domain.GuidelinesVersion;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "Guidelines", description = "A version of the Letter Writing Guidelines; lists leave out the body")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GuidelinesResponse(@Schema(examples = "2026.1") String version, String title,
        @Schema(description = "Markdown") String body, Instant publishedAt,
        @Schema(description = "Whether this is the version in force") boolean current) {

    static GuidelinesResponse of(GuidelinesVersion g, boolean current) {
        return new GuidelinesResponse(g.version, g.title, g.body, g.publishedAt, current);
    }

    static GuidelinesResponse summary(GuidelinesVersion g, boolean current) {
        return new GuidelinesResponse(g.version, g.title, null, g.publishedAt, current);
    }
}
