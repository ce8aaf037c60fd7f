package org.lettersofhope.volunteer.service;

import java.time.Instant;
import java.util.UUID;

import org.lettersofhope.volunteer.domain.IntroStatus;

/**
 * A step of an event's organiser introduction: {@code at}, {@code meetingUrl} and {@code coordinatorId} belong to
 * SCHEDULED, {@code reason} to DECLINED.
 */
public record IntroMove(IntroStatus to, Instant at, String meetingUrl, UUID coordinatorId, String reason) {
}
