package org.lettersofhope.letter.service;

import java.util.List;

import org.lettersofhope.letter.domain.SocialHandle;

/** An official as a coordinator writes them; bounds are checked at the API edge. */
public record OfficialForm(String name, String title, String office, String addressLine1, String addressLine2,
        String city, String region, String postalCode, List<SocialHandle> socialHandles) {
}
