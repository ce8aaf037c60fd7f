package org.lettersofhope.letter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A postal address as written on an envelope below the addressee: one shape for headquarters' central address and a
 * campaign's own mail-to address. The region is an ISO 3166-2 code, upper-cased; its first two letters are the
 * country.
 */
@Embeddable
public class PostalAddress {

    @Column(name = "line1")
    public String line1;

    @Column(name = "line2")
    public String line2;

    @Column(name = "city")
    public String city;

    @Column(name = "region")
    public String region;

    @Column(name = "postal_code")
    public String postalCode;

    public String country() {
        return region == null ? null : region.substring(0, 2);
    }
}
