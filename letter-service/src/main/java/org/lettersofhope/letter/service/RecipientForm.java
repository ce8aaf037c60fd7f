package org.lettersofhope.letter.service;

import java.util.UUID;

/** A recipient as headquarters registers them; {@code displayName} null derives it from the full name. */
public record RecipientForm(String fullName, String displayName, String aNumber, String preferredLanguage,
        UUID facilityId, boolean consentsToLetters) {
}
