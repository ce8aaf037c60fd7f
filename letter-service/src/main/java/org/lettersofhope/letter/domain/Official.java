package org.lettersofhope.letter.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An official that advocacy campaigns write to: a secretary, an attorney general, a legislator. Everything here is
 * public information, including the mailing address of their office. Reused across campaigns.
 */
@Entity
@Table(name = "official")
public class Official {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String title;

    public String office;

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

    /** ISO 3166-1 alpha-2, upper-cased. */
    @Column(nullable = false)
    public String country;

    @Enumerated(EnumType.STRING)
    public OfficeLevel level;

    /** The place the official answers to: a country (ISO 3166-1, e.g. US) or a region (ISO 3166-2, e.g. US-CA). */
    public String jurisdiction;

    @Enumerated(EnumType.STRING)
    public Chamber chamber;

    /** Within the jurisdiction and chamber, e.g. "39"; null for an official of the whole jurisdiction. */
    public String district;

    public String phone;

    @Column(name = "district_phone")
    public String districtPhone;

    public String email;

    @Column(name = "contact_form_url")
    public String contactFormUrl;

    /** The office in the district, beside the capitol one ({@code address_line1} and the rest). */
    @Embedded
    @AttributeOverride(name = "line1", column = @Column(name = "district_line1"))
    @AttributeOverride(name = "line2", column = @Column(name = "district_line2"))
    @AttributeOverride(name = "city", column = @Column(name = "district_city"))
    @AttributeOverride(name = "region", column = @Column(name = "district_region"))
    @AttributeOverride(name = "postalCode", column = @Column(name = "district_postal_code"))
    public PostalAddress districtOffice;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "social_handles", nullable = false, columnDefinition = "jsonb")
    public List<SocialHandle> socialHandles = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** The official's mailing address in the shape every envelope takes. */
    public PostalAddress postalAddress() {
        PostalAddress a = new PostalAddress();
        a.line1 = addressLine1;
        a.line2 = addressLine2;
        a.city = city;
        a.region = region;
        a.postalCode = postalCode;
        return a;
    }
}
