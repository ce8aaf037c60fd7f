package org.lettersofhope.tally.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.lettersofhope.commons.messaging.EventHandler;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventEnvelope;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Topics;
import org.lettersofhope.shared.event.chapter.ChapterActivated;
import org.lettersofhope.shared.event.chapter.ChapterDormant;
import org.lettersofhope.shared.event.chapter.ChapterProposed;
import org.lettersofhope.shared.event.chapter.ChapterStatus;
import org.lettersofhope.tally.service.Directory;

/** Keeps tally-service's projection of campaigns (letter-service) and chapters (volunteer-service). */
@ApplicationScoped
public class DirectoryEventsHandler implements EventHandler {

    private static final Set<String> TYPES = Set.of(EventTypes.CAMPAIGN_PUBLISHED.name(),
            EventTypes.CAMPAIGN_CLOSED.name(), EventTypes.CHAPTER_PROPOSED.name(), EventTypes.CHAPTER_ACTIVATED.name(),
            EventTypes.CHAPTER_DORMANT.name());

    @Inject
    Directory directory;

    @Override
    public String name() {
        return "tally-directory";
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.CAMPAIGNS, Topics.CHAPTERS);
    }

    @Override
    public boolean accepts(String eventType) {
        return TYPES.contains(eventType);
    }

    @Override
    public void handle(EventEnvelope event) {
        String type = event.type();
        if (EventTypes.CAMPAIGN_PUBLISHED.name().equals(type)) {
            directory.campaignPublished(EventCodec.payload(event, EventTypes.CAMPAIGN_PUBLISHED));
        } else if (EventTypes.CAMPAIGN_CLOSED.name().equals(type)) {
            directory.campaignClosed(EventCodec.payload(event, EventTypes.CAMPAIGN_CLOSED));
        } else if (EventTypes.CHAPTER_PROPOSED.name().equals(type)) {
            ChapterProposed c = EventCodec.payload(event, EventTypes.CHAPTER_PROPOSED);
            directory.chapterChanged(c.chapterId(), ChapterStatus.PROPOSED, c.region());
        } else if (EventTypes.CHAPTER_ACTIVATED.name().equals(type)) {
            ChapterActivated c = EventCodec.payload(event, EventTypes.CHAPTER_ACTIVATED);
            directory.chapterChanged(c.chapterId(), ChapterStatus.ACTIVE, c.region());
        } else {
            ChapterDormant c = EventCodec.payload(event, EventTypes.CHAPTER_DORMANT);
            directory.chapterChanged(c.chapterId(), ChapterStatus.DORMANT, c.region());
        }
    }
}
