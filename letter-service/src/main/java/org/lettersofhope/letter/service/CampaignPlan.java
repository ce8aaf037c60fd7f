package org.lettersofhope.letter.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.lettersofhope.letter.domain.CampaignMailTo;
import org.lettersofhope.letter.domain.SocialHandle;
import org.lettersofhope.letter.domain.TalkingPointGroup;
import org.lettersofhope.shared.event.letter.CampaignKind;

/** A campaign as headquarters writes it; bounds are checked at the API edge, business rules here. */
public record CampaignPlan(String slug, String name, CampaignKind kind, String description, String callToAction,
        List<TalkingPointGroup> talkingPoints, List<String> hashtags, List<UUID> targetIds,
        String mailingInstructions, CampaignMailTo mailTo, AddressForm mailToAddress, String callScript,
        String petitionUrl, List<SocialHandle> handlesToTag, Integer goal, LocalDate startsOn, LocalDate endsOn) {
}
