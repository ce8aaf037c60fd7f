package org.lettersofhope.letter.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.commons.rest.TextRules;

@Schema(name = "GuidelinesForm", description = "A new version of the Letter Writing Guidelines")
public record GuidelinesRequest(
        @Schema(description = "The label volunteers accept; unique", examples = "2026.1", maxLength = 32,
                pattern = VERSION)
        @NotBlank @Pattern(regexp = VERSION, message = "must be a version such as 2026.1") String version,

        @Schema(examples = "Letter Writing Guidelines", maxLength = 120, pattern = TextRules.LINE)
        @NotBlank @Size(max = 120) @Pattern(regexp = TextRules.LINE, message = TextRules.LINE_MESSAGE) String title,

        @Schema(description = "Markdown, at most 50,000 characters. No raw HTML: '<' is not accepted (write "
                + "'less than'); '>' is, for block quotes.", maxLength = 50000, pattern = MARKDOWN,
                examples = "## Do\n- Write about everyday life\n\n## Do not\n- Give legal advice")
        @NotBlank @Size(max = 50_000) @Pattern(regexp = MARKDOWN,
                message = "must not contain '<', invisible or bidirectional formatting characters, or control "
                        + "characters other than line breaks and tabs") String body) {

    /** The same labels volunteer-service accepts when a volunteer accepts a version. */
    public static final String VERSION = "^[0-9A-Za-z][0-9A-Za-z.\\-]{0,31}$";
    public static final String MARKDOWN = TextRules.MARKDOWN;
}
