package org.lettersofhope.letter.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A detention facility letters are mailed to, with its mail room's rules. */
@Entity
@Table(name = "facility")
public class Facility {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    /** Who runs it: an agency, a county, a company. */
    public String operator;

    @Column(name = "for_profit", nullable = false)
    public boolean forProfit;

    @Column(name = "address_line1", nullable = false)
    public String addressLine1;

    @Column(name = "address_line2")
    public String addressLine2;

    @Column(nullable = false)
    public String city;

    /** ISO 3166-2 subdivision code, upper-cased. */
    @Column(nullable = false)
    public String region;

    @Column(name = "postal_code", nullable = false)
    public String postalCode;

    /** {@link RefusedItem} names, sorted. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "refused_items", nullable = false, columnDefinition = "text[]")
    public String[] refusedItems = new String[0];

    @Column(name = "mail_notes")
    public String mailNotes;

    /** Where it is (WGS 84 degrees); both null when not known. */
    public Double latitude;

    public Double longitude;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
