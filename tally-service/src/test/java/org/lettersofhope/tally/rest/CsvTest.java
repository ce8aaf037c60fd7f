package org.lettersofhope.tally.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Quoting and spreadsheet-formula guarding of the CSV writer. */
class CsvTest {

    @Test
    void fieldsAreQuotedWhereTheyMustBeAndFormulasAreDefused() {
        assertEquals("a,\"b,c\",\"say \"\"hi\"\"\",\"x\r\ny\",,42,-3\r\n",
                new Csv().row("a", "b,c", "say \"hi\"", "x\r\ny", null, 42, -3).toString());
        assertEquals("'=HYPERLINK(1),'+1,'@x\r\n", new Csv().row("=HYPERLINK(1)", "+1", "@x").toString());
        assertEquals("\" padded \"\r\n", new Csv().row(" padded ").toString());
    }
}
