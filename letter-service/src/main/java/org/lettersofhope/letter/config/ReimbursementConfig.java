package org.lettersofhope.letter.config;

import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * What a reimbursement must exceed. Requests in {@code threshold-currency} must be strictly over
 * {@code threshold-cents}; another currency is accepted only when {@code other-thresholds.<CODE>} names its own
 * threshold (in that currency's minor units), and refused otherwise.
 */
@ConfigMapping(prefix = "letters.reimbursements")
public interface ReimbursementConfig {

    @WithName("threshold-cents")
    @WithDefault("1000")
    long thresholdCents();

    @WithName("threshold-currency")
    @WithDefault("USD")
    String thresholdCurrency();

    /** ISO 4217 code → threshold in minor units, e.g. {@code letters.reimbursements.other-thresholds.EUR=1000}. */
    @WithName("other-thresholds")
    Map<String, Long> otherThresholds();
}
