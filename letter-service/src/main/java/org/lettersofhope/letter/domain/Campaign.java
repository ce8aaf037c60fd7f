package org.lettersofhope.letter.domain;

import java.time.Instant;
import java.time.LocalDate;
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
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.lettersofhope.shared.event.letter.CampaignKind;

/**
 * A campaign: solidarity letters to detained people, or advocacy letters and postcards to officials. Headquarters
 * drafts it, publishes it (then anyone can read it and pieces count towards its goal) and closes it.
 */
@Entity
@Table(name = "campaign")
public class Campaign {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String slug;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CampaignKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CampaignStatus status;

    public String description;

    @Column(name = "call_to_action")
    public String callToAction;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "talking_points", nullable = false, columnDefinition = "jsonb")
    public List<TalkingPointGroup> talkingPoints = new ArrayList<>();

    /** Normalised to {@code #Tag}. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] hashtags = new String[0];

    /** What to say when calling a target's office. */
    @Column(name = "call_script")
    public String callScript;

    /** A petition the campaign asks people to sign (https). */
    @Column(name = "petition_url")
    public String petitionUrl;

    /** Public accounts to tag in social posts (e.g. @POTUS), apart from the targets written to. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "handles_to_tag", nullable = false, columnDefinition = "jsonb")
    public List<SocialHandle> handlesToTag = new ArrayList<>();

    /** Where to mail the pieces: the central address for solidarity letters, or how to address officials. */
    @Column(name = "mailing_instructions")
    public String mailingInstructions;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_to", nullable = false)
    public CampaignMailTo mailTo = CampaignMailTo.CENTRAL;

    /** With {@link CampaignMailTo#ADDRESS}: who the envelopes are addressed to, and where. */
    @Column(name = "mail_to_addressee")
    public String mailToAddressee;

    @Embedded
    @AttributeOverride(name = "line1", column = @Column(name = "mail_to_line1"))
    @AttributeOverride(name = "line2", column = @Column(name = "mail_to_line2"))
    @AttributeOverride(name = "city", column = @Column(name = "mail_to_city"))
    @AttributeOverride(name = "region", column = @Column(name = "mail_to_region"))
    @AttributeOverride(name = "postalCode", column = @Column(name = "mail_to_postal_code"))
    public PostalAddress mailToAddress;

    /** Pieces the campaign hopes for; required to publish. */
    public Integer goal;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @ManyToMany
    @BatchSize(size = 100)
    @JoinTable(name = "campaign_target", joinColumns = @JoinColumn(name = "campaign_id"),
            inverseJoinColumns = @JoinColumn(name = "official_id"))
    @OrderColumn(name = "position")
    public List<Official> targets = new ArrayList<>();

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** Active and closed campaigns are public; drafts are for coordinators. */
    public boolean isPublic() {
        return status != CampaignStatus.DRAFT;
    }

    public boolean targets(UUID officialId) {
        return targets.stream().anyMatch(o -> o.id.equals(officialId));
    }
}
