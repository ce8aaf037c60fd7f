package org.lettersofhope.letter.domain;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Where a postal code is: the point the operator's table gives for it, and its ISO 3166-2 region. */
@Entity
@Table(name = "postal_code")
public class PostalCode {

    /** A country's postal code, upper-cased and without spaces. */
    @Embeddable
    public record Key(@Column(name = "country") String country, @Column(name = "postal_code") String postalCode)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public String region;

    @Column(nullable = false)
    public double latitude;

    @Column(nullable = false)
    public double longitude;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
