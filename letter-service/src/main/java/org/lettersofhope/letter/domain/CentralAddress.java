package org.lettersofhope.letter.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Headquarters' central mailing address: one row. */
@Entity
@Table(name = "central_mailing_address")
public class CentralAddress {

    public static final String ID = "central";

    @Id
    public String id = ID;

    @Column(nullable = false)
    public String addressee;

    @Embedded
    public PostalAddress address = new PostalAddress();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
