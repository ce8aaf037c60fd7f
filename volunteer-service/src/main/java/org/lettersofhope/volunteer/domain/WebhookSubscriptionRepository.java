package org.lettersofhope.volunteer.domain;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class WebhookSubscriptionRepository implements PanacheRepositoryBase<WebhookSubscription, UUID> {

    /** A chapter's subscriptions (null: every chapter's), oldest first. */
    public List<WebhookSubscription> list(UUID chapterId, int page, int size) {
        Sort sort = Sort.by("createdAt").and("id");
        return (chapterId == null ? findAll(sort) : find("chapterId", sort, chapterId)).page(Page.of(page, size))
                .list();
    }

    public long count(UUID chapterId) {
        return chapterId == null ? count() : count("chapterId", chapterId);
    }
}
