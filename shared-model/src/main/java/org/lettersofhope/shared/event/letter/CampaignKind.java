package org.lettersofhope.shared.event.letter;

/** What a campaign asks for: solidarity letters to detained people, or advocacy letters and postcards to officials. */
public enum CampaignKind {
    SOLIDARITY, ADVOCACY
}
