package org.lettersofhope.tally.service;

import java.util.List;

/** Registered volunteers, overall and per region. */
public record VolunteerTally(long total, List<RegionCount> byRegion) {

    public record RegionCount(String region, long count) {
    }
}
