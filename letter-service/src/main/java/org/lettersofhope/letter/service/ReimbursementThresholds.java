package org.lettersofhope.letter.service;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The amounts a reimbursement request must exceed, per currency. Only currencies with a threshold are accepted: a
 * request in any other currency is refused rather than compared with a number meant for another currency.
 */
public final class ReimbursementThresholds {

    private final Map<String, Long> byCurrency = new HashMap<>();

    public ReimbursementThresholds(long thresholdCents, String thresholdCurrency, Map<String, Long> others) {
        others.forEach((currency, cents) -> byCurrency.put(currency.toUpperCase(Locale.ROOT), cents));
        byCurrency.put(thresholdCurrency.toUpperCase(Locale.ROOT), thresholdCents);
    }

    public Optional<Long> thresholdFor(String currency) {
        return Optional.ofNullable(byCurrency.get(currency));
    }

    /** Refuses (422) an amount that is not strictly over its currency's threshold, or a currency without one. */
    public void check(long amountCents, String currency) {
        Long threshold = byCurrency.get(currency);
        if (threshold == null) {
            throw Refusals.unmet("currency", "is not one reimbursements are paid in; accepted: "
                    + String.join(", ", new TreeSet<>(byCurrency.keySet())));
        }
        if (amountCents <= threshold) {
            throw Refusals.unmet("amountCents", "must be more than " + threshold + " (" + currency
                    + " minor units): smaller amounts are not reimbursed");
        }
    }
}
