package org.lettersofhope.volunteer.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a sign-up: one and the same whether the email was new or already known, so that it tells nothing
 * about who is signed up. The address learns more, in the mail.
 */
@Schema(name = "RegistrationReceipt", description = "Always the same: the sign-up waits for its address to be "
        + "confirmed through the link mailed to it.")
public record RegistrationReceipt(
        @Schema(examples = "CHECK_YOUR_EMAIL") String status,
        @Schema(examples = DETAIL) String detail) {

    static final String DETAIL = "If the address can receive mail, a confirmation link is on its way. Nothing is "
            + "recorded as yours until the link is followed.";

    static final RegistrationReceipt CHECK_YOUR_EMAIL = new RegistrationReceipt("CHECK_YOUR_EMAIL", DETAIL);
}
