package org.lettersofhope.tally.domain;

import java.util.Locale;

/** What a metric can be broken down by. Chapter and region cells are small enough to point at people. */
public enum Dimension {
    CHAPTER, REGION, TARGET, ACTION, SOURCE;

    /** Cells of these dimensions below the threshold are hidden from the public. */
    public boolean isSmallCellSensitive() {
        return this == CHAPTER || this == REGION;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
