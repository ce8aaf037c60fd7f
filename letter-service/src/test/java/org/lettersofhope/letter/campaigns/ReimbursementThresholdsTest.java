package org.lettersofhope.letter.campaigns;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.rest.ProblemException;
import org.lettersofhope.letter.service.ReimbursementThresholds;

/** The threshold rule on its own: strictly over, per currency, other currencies only when configured. */
class ReimbursementThresholdsTest {

    final ReimbursementThresholds usdOnly = new ReimbursementThresholds(1000, "USD", Map.of());

    @Test
    void anAmountMustBeStrictlyOverTheThreshold() {
        ProblemException atThreshold = assertThrows(ProblemException.class, () -> usdOnly.check(1000, "USD"));
        assertEquals(422, atThreshold.problem().status());
        assertEquals("amountCents", atThreshold.problem().violations().get(0).field());
        assertDoesNotThrow(() -> usdOnly.check(1001, "USD"));
    }

    @Test
    void anotherCurrencyIsRefusedUnlessItHasAThresholdOfItsOwn() {
        ProblemException euro = assertThrows(ProblemException.class, () -> usdOnly.check(50_000, "EUR"));
        assertEquals("currency", euro.problem().violations().get(0).field());
        ReimbursementThresholds withEuro = new ReimbursementThresholds(1000, "USD", Map.of("eur", 900L));
        assertDoesNotThrow(() -> withEuro.check(901, "EUR"));
        assertThrows(ProblemException.class, () -> withEuro.check(900, "EUR"));
    }
}
