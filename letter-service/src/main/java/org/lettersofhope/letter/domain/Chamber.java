package org.lettersofhope.letter.domain;

/**
 * Where an official sits: the executive (a governor, an attorney general, a secretary), the upper house (a senate),
 * the lower house (an assembly, a house of representatives), or a county or city council.
 */
public enum Chamber {
    EXECUTIVE, UPPER, LOWER, COUNCIL
}
