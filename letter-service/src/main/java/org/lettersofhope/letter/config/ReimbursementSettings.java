package org.lettersofhope.letter.config;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;

import org.lettersofhope.letter.service.ReimbursementThresholds;

/** Turns the configuration into the thresholds the reimbursement rules use. */
@Dependent
public class ReimbursementSettings {

    @Produces
    @Singleton
    ReimbursementThresholds thresholds(ReimbursementConfig config) {
        return new ReimbursementThresholds(config.thresholdCents(), config.thresholdCurrency(),
                config.otherThresholds());
    }
}
