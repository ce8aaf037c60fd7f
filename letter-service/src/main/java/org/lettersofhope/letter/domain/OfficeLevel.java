package org.lettersofhope.letter.domain;

/** The level of government an official serves at. */
public enum OfficeLevel {
    FEDERAL, STATE, COUNTY, CITY
}
