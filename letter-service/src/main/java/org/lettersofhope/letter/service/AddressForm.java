package org.lettersofhope.letter.service;

import org.lettersofhope.letter.domain.PostalAddress;
import org.lettersofhope.shared.event.Regions;

/** An addressee and a postal address as a form gave them, checked for shape at the API edge. */
public record AddressForm(String addressee, String line1, String line2, String city, String region,
        String postalCode) {

    public String addresseeStripped() {
        return addressee.strip();
    }

    /** The address as stored: trimmed, an empty second line left out, the region upper-cased. */
    public PostalAddress toAddress() {
        return postal(line1, line2, city, region, postalCode);
    }

    /** The one way an address from a form is stored. */
    static PostalAddress postal(String line1, String line2, String city, String region, String postalCode) {
        PostalAddress a = new PostalAddress();
        a.line1 = line1.strip();
        a.line2 = Texts.blankToNull(line2);
        a.city = city.strip();
        a.region = Regions.normalize(region.strip());
        a.postalCode = postalCode.strip();
        return a;
    }
}
