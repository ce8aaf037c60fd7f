package org.lettersofhope.letter.domain;

import java.util.List;

/** A heading of a campaign's talking points and the points under it. */
public record TalkingPointGroup(String heading, List<String> points) {
}
