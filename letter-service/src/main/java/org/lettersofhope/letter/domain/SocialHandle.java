package org.lettersofhope.letter.domain;

/** An official's public account on a social platform. */
public record SocialHandle(SocialPlatform platform, String handle) {
}
