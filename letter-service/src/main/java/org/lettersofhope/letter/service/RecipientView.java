package org.lettersofhope.letter.service;

import org.lettersofhope.letter.domain.Recipient;

/** A recipient with their identifiers decrypted: for headquarters only. */
public record RecipientView(Recipient recipient, String fullName, String aNumber) {
}
