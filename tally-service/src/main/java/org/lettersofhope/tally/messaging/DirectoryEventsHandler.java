package org.lettersofhope.tally.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.lettersofhope.commons.messaging.EventHandler;
import org.lettersofhope.commons.messaging.EventRoutes;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.chapter.ChapterActivated;
import org.lettersofhope.shared.event.chapter.ChapterDormant;
import org.lettersofhope.shared.event.chapter.ChapterProposed;
import org.lettersofhope.shared.event.chapter.ChapterStatus;
import org.lettersofhope.tally.service.Directory;

/** Keeps tally-service's projection of campaigns (letter-service) and chapters (volunteer-service). */
@ApplicationScoped
public class DirectoryEventsHandler implements EventHandler {

    @Inject
    Directory directory;

    @Override
    public String name() {
        return "tally-directory";
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.builder()
                .on(EventTypes.CAMPAIGN_PUBLISHED, directory::campaignPublished)
                .on(EventTypes.CAMPAIGN_CLOSED, directory::campaignClosed)
                .on(EventTypes.CHAPTER_PROPOSED,
                        (ChapterProposed c) -> directory.chapterChanged(c.chapterId(), ChapterStatus.PROPOSED, c.region()))
                .on(EventTypes.CHAPTER_ACTIVATED,
                        (ChapterActivated c) -> directory.chapterChanged(c.chapterId(), ChapterStatus.ACTIVE, c.region()))
                .on(EventTypes.CHAPTER_DORMANT,
                        (ChapterDormant c) -> directory.chapterChanged(c.chapterId(), ChapterStatus.DORMANT, c.region()))
                .build();
    }
}
