package org.lettersofhope.tally.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.lettersofhope.shared.event.volunteer.VolunteerRegistered;
import org.lettersofhope.tally.domain.Metric;
import org.lettersofhope.tally.domain.TallyCounterRepository;

@ApplicationScoped
public class TallyService {

    public static final String REGION = "region";

    @Inject
    TallyCounterRepository counters;

    /** Counts a registration; runs in the consumer's transaction, which also records the event id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void countRegistration(VolunteerRegistered event) {
        counters.increment(Metric.VOLUNTEERS_REGISTERED, TallyCounterRepository.OVERALL, TallyCounterRepository.OVERALL,
                1);
        if (event.region() != null) {
            counters.increment(Metric.VOLUNTEERS_REGISTERED, REGION, event.region(), 1);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public VolunteerTally volunteers() {
        List<VolunteerTally.RegionCount> byRegion = counters.breakdown(Metric.VOLUNTEERS_REGISTERED, REGION).stream()
                .map(c -> new VolunteerTally.RegionCount(c.key.dimensionValue, c.count))
                .toList();
        return new VolunteerTally(counters.total(Metric.VOLUNTEERS_REGISTERED), byRegion);
    }
}
