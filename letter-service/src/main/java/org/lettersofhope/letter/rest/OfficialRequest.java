package org.lettersofhope.letter.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.commons.rest.EmailAddress;
import org.lettersofhope.commons.rest.TextRules;
import org.lettersofhope.letter.domain.Chamber;
import org.lettersofhope.letter.domain.OfficeLevel;
import org.lettersofhope.letter.domain.SocialHandle;
import org.lettersofhope.letter.domain.SocialPlatform;
import org.lettersofhope.letter.service.OfficialForm;
import org.lettersofhope.shared.event.Regions;

@Schema(name = "OfficialForm", description = "An official that advocacy campaigns write to. All of it is public.")
public record OfficialRequest(
        @Schema(examples = "Alex Rivera", maxLength = 120, pattern = TextRules.LINE)
        @NotBlank @Size(max = 120) @Pattern(regexp = TextRules.LINE, message = TextRules.LINE_MESSAGE) String name,

        @Schema(examples = "Secretary of Homeland Security", maxLength = 120, pattern = TextRules.LINE)
        @NotBlank @Size(max = 120) @Pattern(regexp = TextRules.LINE, message = TextRules.LINE_MESSAGE) String title,

        @Schema(examples = "U.S. Department of Homeland Security", maxLength = 200, pattern = TextRules.LINE)
        @Size(max = 200) @Pattern(regexp = TextRules.LINE, message = TextRules.LINE_MESSAGE) String office,

        @NotNull @Valid MailingAddressRequest mailingAddress,

        @Schema(description = "Public accounts to tag, at most 10", maxItems = 10)
        @Size(max = 10) List<@NotNull @Valid SocialHandleRequest> socialHandles,

        @Schema(description = "The level of government; with jurisdiction", examples = "STATE") OfficeLevel level,

        @Schema(description = "The place the official answers to: a country (ISO 3166-1 alpha-2, e.g. US for the "
                + "President) or a region (ISO 3166-2, e.g. US-CA for a governor, a state senator or a US senator "
                + "from California); with level", examples = "US-CA", pattern = JURISDICTION)
        @Pattern(regexp = JURISDICTION, message = "must be a country such as US or a region such as US-CA")
        String jurisdiction,

        @Schema(description = "EXECUTIVE, UPPER (a senate), LOWER (an assembly or house) or COUNCIL",
                examples = "UPPER") Chamber chamber,

        @Schema(description = "The district within the region and chamber; none for an official of the whole "
                + "jurisdiction", examples = "39", maxLength = 20, pattern = DISTRICT)
        @Pattern(regexp = DISTRICT, message = "must be 1 to 20 letters, digits or hyphens") String district,

        @Schema(description = "The district office, beside the capitol one (mailingAddress)")
        @Valid MailingAddressRequest districtOffice,

        @Schema(description = "The capitol office's phone", examples = "+1 916 651 4039", maxLength = 30,
                pattern = PHONE)
        @Pattern(regexp = PHONE, message = "must be a phone number of digits, spaces and + ( ) - .") String phone,

        @Schema(description = "The district office's phone", examples = "+1 619 409 7690", maxLength = 30,
                pattern = PHONE)
        @Pattern(regexp = PHONE, message = "must be a phone number of digits, spaces and + ( ) - .")
        String districtPhone,

        @Schema(description = "The office's public email", examples = "senator.example@senate.ca.gov",
                maxLength = 254, format = "email")
        @Size(max = 254) @EmailAddress String email,

        @Schema(description = "The office's contact form", examples = "https://sd39.senate.ca.gov/contact",
                maxLength = 500, pattern = TextRules.HTTPS_URL)
        @Size(max = 500) @Pattern(regexp = TextRules.HTTPS_URL, message = TextRules.HTTPS_URL_MESSAGE)
        String contactFormUrl) {

    public static final String JURISDICTION = "^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$";
    public static final String DISTRICT = "^[A-Za-z0-9-]{1,20}$";
    public static final String PHONE = "^[+]?[0-9 ().-]{3,30}$";

    public static final String POSTAL_CODE = "^[A-Za-z0-9][A-Za-z0-9 -]{1,19}$";
    public static final String HANDLE = "^[A-Za-z0-9@._:/+-]{1,100}$";

    @Schema(name = "MailingAddressForm", description = "The office's postal address, as written on an envelope")
    public record MailingAddressRequest(
            @Schema(examples = "2707 Martin Luther King Jr Ave SE", maxLength = 120, pattern = TextRules.LINE)
            @NotBlank @Size(max = 120) @Pattern(regexp = TextRules.LINE, message = TextRules.LINE_MESSAGE)
            String line1,

            @Schema(examples = "Mail Stop 0525", maxLength = 120, pattern = TextRules.LINE)
            @Size(max = 120) @Pattern(regexp = TextRules.LINE, message = TextRules.LINE_MESSAGE) String line2,

            @Schema(examples = "Washington", maxLength = 100, pattern = TextRules.LINE)
            @NotBlank @Size(max = 100) @Pattern(regexp = TextRules.LINE, message = TextRules.LINE_MESSAGE)
            String city,

            @Schema(description = "ISO 3166-2 subdivision code; its first two letters are the country",
                    examples = "US-DC", pattern = Regions.PATTERN)
            @NotBlank @Pattern(regexp = Regions.PATTERN, message = "must be an ISO 3166-2 code such as US-CA")
            String region,

            @Schema(examples = "20528", pattern = POSTAL_CODE)
            @NotBlank @Pattern(regexp = POSTAL_CODE, message = "must be 2 to 20 letters, digits, spaces or hyphens")
            String postalCode) {
    }

    @Schema(name = "SocialHandleForm")
    public record SocialHandleRequest(
            @Schema(examples = "BLUESKY") @NotNull SocialPlatform platform,
            @Schema(examples = "@dhs.example.gov", maxLength = 100, pattern = HANDLE)
            @NotBlank @Pattern(regexp = HANDLE, message = "must be 1 to 100 letters, digits or @ . _ : / + -")
            String handle) {
    }

    OfficialForm toForm() {
        return new OfficialForm(name, title, office, mailingAddress.line1(), mailingAddress.line2(),
                mailingAddress.city(), mailingAddress.region(), mailingAddress.postalCode(),
                socialHandles == null ? List.of()
                        : socialHandles.stream().map(h -> new SocialHandle(h.platform(), h.handle())).toList(),
                level, jurisdiction, chamber, district,
                districtOffice == null ? null : new OfficialForm.Address(districtOffice.line1(),
                        districtOffice.line2(), districtOffice.city(), districtOffice.region(),
                        districtOffice.postalCode()),
                phone, districtPhone, email, contactFormUrl);
    }
}
