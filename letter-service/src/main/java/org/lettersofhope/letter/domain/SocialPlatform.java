package org.lettersofhope.letter.domain;

/** Where an official can be tagged in a campaign's social posts. */
public enum SocialPlatform {
    X, BLUESKY, MASTODON, THREADS, INSTAGRAM, FACEBOOK, TIKTOK, YOUTUBE, OTHER
}
