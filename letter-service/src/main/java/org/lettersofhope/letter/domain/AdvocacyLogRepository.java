package org.lettersofhope.letter.domain;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AdvocacyLogRepository implements PanacheRepositoryBase<AdvocacyLog, UUID> {

    private static final Sort NEWEST_FIRST = Sort.by("loggedAt", Sort.Direction.Descending)
            .and("id", Sort.Direction.Descending);

    /** A volunteer's own logs, optionally of one campaign. */
    public PanacheQuery<AdvocacyLog> byVolunteer(UUID volunteerId, UUID campaignId) {
        return campaignId == null ? find("volunteerId", NEWEST_FIRST, volunteerId)
                : find("volunteerId = :v and campaignId = :c", NEWEST_FIRST,
                        Parameters.with("v", volunteerId).and("c", campaignId));
    }

    /** A campaign's logs, optionally only one chapter's. */
    public PanacheQuery<AdvocacyLog> byCampaign(UUID campaignId, UUID chapterId) {
        return chapterId == null ? find("campaignId", NEWEST_FIRST, campaignId)
                : find("campaignId = :c and chapterId = :ch", NEWEST_FIRST,
                        Parameters.with("c", campaignId).and("ch", chapterId));
    }
}
