package org.lettersofhope.letter.service;

import java.util.Set;

import org.lettersofhope.letter.domain.RefusedItem;

/** A facility as headquarters describes it, already checked for shape by the REST layer. */
public record FacilityForm(String name, String operator, boolean forProfit, String addressLine1, String addressLine2,
        String city, String region, String postalCode, Set<RefusedItem> refusedItems, String mailNotes,
        boolean active, Double latitude, Double longitude) {
}
