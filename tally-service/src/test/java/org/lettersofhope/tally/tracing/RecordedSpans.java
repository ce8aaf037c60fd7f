package org.lettersofhope.tally.tracing;

import jakarta.inject.Singleton;

import org.lettersofhope.commons.testing.SpanRecorder;

/** This module's tests export every finished span here. */
@Singleton
public class RecordedSpans extends SpanRecorder {
}
