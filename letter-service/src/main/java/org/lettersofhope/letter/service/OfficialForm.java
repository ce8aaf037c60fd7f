package org.lettersofhope.letter.service;

import java.util.List;

import org.lettersofhope.letter.domain.Chamber;
import org.lettersofhope.letter.domain.OfficeLevel;
import org.lettersofhope.letter.domain.SocialHandle;

/**
 * An official as a coordinator writes them; bounds are checked at the API edge, the rules between the fields here.
 * {@code districtOffice} is null when there is none.
 */
public record OfficialForm(String name, String title, String office, String addressLine1, String addressLine2,
        String city, String region, String postalCode, List<SocialHandle> socialHandles, OfficeLevel level,
        String jurisdiction, Chamber chamber, String district, Address districtOffice, String phone,
        String districtPhone, String email, String contactFormUrl) {

    /** A postal address as a form gave it. */
    public record Address(String line1, String line2, String city, String region, String postalCode) {
    }
}
