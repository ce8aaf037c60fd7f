package org.lettersofhope.letter.domain;

/**
 * Where a campaign's pieces are mailed: to headquarters' central address (to be forwarded, as solidarity letters
 * are), to each target official's own address, or to an address of the campaign's own.
 */
public enum CampaignMailTo {
    CENTRAL, TARGETS, ADDRESS
}
