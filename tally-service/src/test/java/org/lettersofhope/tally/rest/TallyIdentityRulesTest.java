package org.lettersofhope.tally.rest;

import java.util.List;
import java.util.UUID;

import org.lettersofhope.commons.testing.IdentityRulesTestBase;

import io.quarkus.test.junit.QuarkusTest;

/** The token rules on tally-service's endpoints: see the base class. */
@QuarkusTest
class TallyIdentityRulesTest extends IdentityRulesTestBase {

    static final UUID NO_CAMPAIGN = UUID.randomUUID();

    @Override
    protected List<Probe> probes() {
        return List.of(
                new Probe("GET", "/api/campaigns/" + NO_CAMPAIGN + "/ledger", null, "coordinator", "headquarters"),
                new Probe("POST", "/api/campaigns/" + NO_CAMPAIGN + "/adjustments", "{}", "coordinator",
                        "headquarters"),
                new Probe("GET", "/api/tallies/volunteers", null, "coordinator", "headquarters"),
                // public, and still refused with a bad token: a token is never silently ignored
                new Probe("POST", "/api/campaigns/" + NO_CAMPAIGN + "/report-backs", "{}", "volunteer"));
    }

    @Override
    protected Probe volunteerWrite() {
        return new Probe("POST", "/api/campaigns/" + NO_CAMPAIGN + "/report-backs", "{}", "volunteer");
    }
}
