package org.lettersofhope.letter.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.lettersofhope.commons.rest.PageParams;

import org.hibernate.Hibernate;
import org.lettersofhope.commons.messaging.Outbox;
import org.lettersofhope.commons.persistence.UniqueViolations;
import org.lettersofhope.commons.rest.ProblemException;
import org.lettersofhope.letter.domain.Campaign;
import org.lettersofhope.letter.domain.CampaignMailTo;
import org.lettersofhope.letter.domain.CampaignRepository;
import org.lettersofhope.letter.domain.CampaignSearch;
import org.lettersofhope.letter.domain.CampaignStatus;
import org.lettersofhope.letter.domain.CentralAddressRepository;
import org.lettersofhope.letter.domain.Official;
import org.lettersofhope.letter.domain.OfficialRepository;
import org.lettersofhope.letter.domain.PostalAddress;
import org.lettersofhope.letter.domain.SocialHandle;
import org.lettersofhope.letter.domain.TalkingPointGroup;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.letter.CampaignClosed;
import org.lettersofhope.shared.event.letter.CampaignKind;
import org.lettersofhope.shared.event.letter.CampaignPublished;
import org.lettersofhope.shared.problem.Problem;


/**
 * Campaigns from draft to closed. Headquarters writes and moves them; anyone reads active and closed ones;
 * coordinators also read drafts. Finders answer empty for a campaign the caller may not see.
 */
@ApplicationScoped
public class CampaignService {

    /** The dates a campaign may name; outside them a date is a typing error (or an attack on the date column). */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    @Inject
    CampaignRepository campaigns;

    @Inject
    OfficialRepository officials;

    @Inject
    Access access;

    @Inject
    Outbox outbox;

    @Inject
    CentralAddressRepository centralAddresses;

    @Transactional
    public Campaign create(CampaignPlan plan) {
        access.requireHeadquarters();
        String slug = plan.slug().toLowerCase(Locale.ROOT);
        if (campaigns.findBySlug(slug).isPresent()) {
            throw ProblemException.conflict("Another campaign already uses this slug.");
        }
        Instant now = Instant.now();
        Campaign c = new Campaign();
        c.id = UUID.randomUUID();
        c.status = CampaignStatus.DRAFT;
        c.createdAt = now;
        apply(c, plan, now);
        campaigns.persist(c);
        flushSlug();
        return loaded(c);
    }

    /**
     * Replaces a campaign's content if it is still at {@code expectedVersion}. A draft may change entirely; an active
     * campaign only in its wording, since its slug, kind, goal, dates and targets were announced when it was
     * published; a closed one not at all.
     */
    @Transactional
    public Optional<Campaign> update(UUID id, CampaignPlan plan, long expectedVersion) {
        access.requireHeadquarters();
        Optional<Campaign> found = campaigns.findForUpdate(id);
        found.ifPresent(c -> {
            if (c.version != expectedVersion) {
                throw ProblemException.preconditionFailed();
            }
            switch (c.status) {
                case DRAFT -> {
                    String slug = plan.slug().toLowerCase(Locale.ROOT);
                    if (!slug.equals(c.slug) && campaigns.slugTaken(slug, c.id)) {
                        throw ProblemException.conflict("Another campaign already uses this slug.");
                    }
                    apply(c, plan, Instant.now());
                    flushSlug();
                }
                case ACTIVE -> {
                    List<String> fixed = fixedFieldsChanged(c, plan);
                    if (!fixed.isEmpty()) {
                        throw ProblemException.stateConflict("While a campaign is ACTIVE only its name, description, "
                                + "call to action, talking points, hashtags, mailing instructions, where to mail, "
                                + "call script, petition and handles to tag may change; these fixed fields differ: "
                                + String.join(", ", fixed) + ".", c.status, c.status.allowedNext());
                    }
                    applyWording(c, plan, Instant.now());
                }
                case CLOSED -> throw ProblemException.stateConflict("A closed campaign cannot be changed.", c.status,
                        c.status.allowedNext());
            }
            campaigns.flush();
        });
        return found.map(CampaignService::loaded);
    }

    /** Draft → active: checks that the campaign is complete, then announces it. */
    @Transactional
    public Optional<Campaign> publish(UUID id) {
        return move(id, CampaignStatus.ACTIVE, (c, now) -> {
            List<Problem.Violation> unmet = publishingRulesUnmet(c);
            if (!unmet.isEmpty()) {
                throw Refusals.unmet("The campaign is not ready to publish.", unmet);
            }
            c.publishedAt = now;
            outbox.record(EventTypes.CAMPAIGN_PUBLISHED, new CampaignPublished(c.id, c.slug, c.kind, c.goal,
                    c.startsOn, c.endsOn, c.targets.stream().map(o -> o.id).toList(), now));
        });
    }

    /** Active → closed: pieces logged afterwards no longer count. */
    @Transactional
    public Optional<Campaign> close(UUID id) {
        return move(id, CampaignStatus.CLOSED, (c, now) -> {
            c.closedAt = now;
            outbox.record(EventTypes.CAMPAIGN_CLOSED, new CampaignClosed(c.id, c.kind, now));
        });
    }

    /** Locks the campaign, checks the lifecycle allows the move, lets {@code effect} check and announce it. */
    private Optional<Campaign> move(UUID id, CampaignStatus to, BiConsumer<Campaign, Instant> effect) {
        access.requireHeadquarters();
        Optional<Campaign> found = campaigns.findForUpdate(id);
        found.ifPresent(c -> {
            requireTransition(c, to);
            Instant now = Instant.now();
            effect.accept(c, now);
            c.status = to;
            c.updatedAt = now;
            campaigns.flush();
        });
        return found.map(CampaignService::loaded);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Campaign> find(UUID id) {
        return campaigns.find(id).filter(this::canRead);
    }

    /** One addressee and address to write on an envelope; {@code officialId} when it is a target's. */
    public record Envelope(String addressee, PostalAddress address, UUID officialId) {
    }

    /**
     * Where the campaign's pieces go, as envelopes: headquarters' central address (none while it is not set), each
     * target's own address, or the campaign's own; empty when the campaign is not the caller's to see.
     */
    /** Where a campaign's pieces go, and the envelopes that says. */
    public record Mailing(CampaignMailTo mailTo, List<Envelope> envelopes) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Mailing> mailing(UUID id) {
        return find(id).map(c -> new Mailing(c.mailTo, switch (c.mailTo) {
            case CENTRAL -> centralAddresses.find().map(a -> List.of(new Envelope(a.addressee, a.address, null)))
                    .orElse(List.of());
            case TARGETS -> c.targets.stream().map(o -> new Envelope(o.title + " " + o.name, o.postalAddress(), o.id))
                    .toList();
            case ADDRESS -> List.of(new Envelope(c.mailToAddressee, c.mailToAddress, null));
        }));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Campaign> findBySlug(String slug) {
        return campaigns.findBySlug(slug).filter(this::canRead);
    }

    /**
     * Campaigns the caller may see: any status for coordinators and admins (all statuses unless asked), active and
     * closed ones for everyone else (active only unless asked; asking for drafts finds none).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<Campaign> list(Set<CampaignStatus> statuses, CampaignKind kind, Instant updatedSince,
            PageParams paging) {
        Set<CampaignStatus> visible = access.isStaff() ? EnumSet.allOf(CampaignStatus.class)
                : EnumSet.of(CampaignStatus.ACTIVE, CampaignStatus.CLOSED);
        Set<CampaignStatus> wanted = EnumSet.copyOf(visible);
        if (statuses != null && !statuses.isEmpty()) {
            wanted.retainAll(statuses);
        } else if (!access.isStaff()) {
            wanted = EnumSet.of(CampaignStatus.ACTIVE);
        }
        if (wanted.isEmpty()) {
            return new Slice<>(List.of());
        }
        return Slice.of(campaigns.search(new CampaignSearch(wanted, kind, updatedSince)), paging);
    }

    /** The unique slug index decides between two writers racing for one slug: the loser's flush fails here. */
    private void flushSlug() {
        try {
            campaigns.flush();
        } catch (PersistenceException e) {
            if (UniqueViolations.isUniqueViolation(e)) {
                throw ProblemException.conflict("Another campaign already uses this slug.");
            }
            throw e;
        }
    }

    /** The targets loaded, so that the campaign can be shown after its transaction has ended. */
    private static Campaign loaded(Campaign c) {
        Hibernate.initialize(c.targets);
        return c;
    }

    private boolean canRead(Campaign c) {
        return c.isPublic() || access.isStaff();
    }

    private static void requireTransition(Campaign c, CampaignStatus to) {
        if (!c.status.allowedNext().contains(to)) {
            throw ProblemException.illegalTransition(c.status, to, c.status.allowedNext());
        }
    }

    private static List<Problem.Violation> publishingRulesUnmet(Campaign c) {
        List<Problem.Violation> unmet = new ArrayList<>();
        if (c.goal == null || c.goal < 1) {
            unmet.add(new Problem.Violation("goal", "must be set to at least 1 before publishing"));
        }
        if (c.startsOn == null) {
            unmet.add(new Problem.Violation("startsOn", "must be set before publishing"));
        }
        if (c.endsOn == null) {
            unmet.add(new Problem.Violation("endsOn", "must be set before publishing"));
        } else if (c.endsOn.isBefore(LocalDate.now(ZoneOffset.UTC))) {
            unmet.add(new Problem.Violation("endsOn", "is in the past: a campaign that has ended cannot be published"));
        }
        if (c.kind == CampaignKind.ADVOCACY && c.targets.isEmpty()) {
            unmet.add(new Problem.Violation("targetIds", "an advocacy campaign needs at least one target"));
        }
        return unmet;
    }

    private static List<String> fixedFieldsChanged(Campaign c, CampaignPlan plan) {
        List<String> changed = new ArrayList<>();
        if (!c.slug.equals(plan.slug().toLowerCase(Locale.ROOT))) {
            changed.add("slug");
        }
        if (c.kind != plan.kind()) {
            changed.add("kind");
        }
        if (!Objects.equals(c.goal, plan.goal())) {
            changed.add("goal");
        }
        if (!Objects.equals(c.startsOn, plan.startsOn())) {
            changed.add("startsOn");
        }
        if (!Objects.equals(c.endsOn, plan.endsOn())) {
            changed.add("endsOn");
        }
        List<UUID> targets = c.targets.stream().map(o -> o.id).toList();
        if (!targets.equals(distinct(plan.targetIds()))) {
            changed.add("targetIds");
        }
        return changed;
    }

    private void apply(Campaign c, CampaignPlan plan, Instant now) {
        checkDates(plan.startsOn(), plan.endsOn());
        c.slug = plan.slug().toLowerCase(Locale.ROOT);
        c.kind = plan.kind();
        c.goal = plan.goal();
        c.startsOn = plan.startsOn();
        c.endsOn = plan.endsOn();
        c.targets = resolveTargets(plan.targetIds());
        applyWording(c, plan, now);
    }

    private static void applyWording(Campaign c, CampaignPlan plan, Instant now) {
        c.name = plan.name().strip();
        c.description = Texts.blankToNull(plan.description());
        c.callToAction = Texts.blankToNull(plan.callToAction());
        c.mailingInstructions = Texts.blankToNull(plan.mailingInstructions());
        applyMailTo(c, plan);
        c.callScript = Texts.blankToNull(plan.callScript());
        c.petitionUrl = Texts.blankToNull(plan.petitionUrl());
        c.handlesToTag = plan.handlesToTag() == null ? new ArrayList<>() : new ArrayList<>(plan.handlesToTag().stream()
                .map(h -> new SocialHandle(h.platform(), h.handle().strip())).distinct().toList());
        c.talkingPoints = plan.talkingPoints() == null ? new ArrayList<>() : new ArrayList<>(plan.talkingPoints()
                .stream().map(g -> new TalkingPointGroup(g.heading().strip(),
                        g.points().stream().map(String::strip).toList()))
                .toList());
        c.hashtags = normalizeHashtags(plan.hashtags());
        c.updatedAt = now;
    }

    /**
     * Where the pieces go: as the plan says, or by the campaign's kind (solidarity letters to the central address,
     * advocacy pieces to the targets). Only an ADDRESS campaign carries an address of its own.
     */
    private static void applyMailTo(Campaign c, CampaignPlan plan) {
        CampaignMailTo mailTo = plan.mailTo() != null ? plan.mailTo()
                : plan.kind() == CampaignKind.ADVOCACY ? CampaignMailTo.TARGETS : CampaignMailTo.CENTRAL;
        if (mailTo == CampaignMailTo.ADDRESS && plan.mailToAddress() == null) {
            throw ProblemException.invalidField("mailToAddress", "is required when mailTo is ADDRESS");
        }
        if (mailTo != CampaignMailTo.ADDRESS && plan.mailToAddress() != null) {
            throw ProblemException.invalidField("mailToAddress", "only when mailTo is ADDRESS");
        }
        if (mailTo == CampaignMailTo.TARGETS && plan.kind() != CampaignKind.ADVOCACY) {
            throw ProblemException.invalidField("mailTo", "TARGETS only for an ADVOCACY campaign, whose targets "
                    + "have addresses");
        }
        c.mailTo = mailTo;
        c.mailToAddressee = mailTo == CampaignMailTo.ADDRESS ? plan.mailToAddress().addresseeStripped() : null;
        c.mailToAddress = mailTo == CampaignMailTo.ADDRESS ? plan.mailToAddress().toAddress() : null;
    }

    private List<Official> resolveTargets(List<UUID> ids) {
        List<UUID> wanted = distinct(ids);
        Map<UUID, Official> found = new LinkedHashMap<>();
        officials.findAll(wanted).forEach(o -> found.put(o.id, o));
        List<Official> targets = new ArrayList<>();
        for (UUID id : wanted) {
            Official o = found.get(id);
            if (o == null) {
                throw Refusals.unmet("targetIds", "names an official that does not exist");
            }
            targets.add(o);
        }
        return targets;
    }

    static void checkDates(LocalDate startsOn, LocalDate endsOn) {
        checkDate("startsOn", startsOn);
        checkDate("endsOn", endsOn);
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw ProblemException.invalidField("endsOn", "must not be before startsOn");
        }
    }

    private static void checkDate(String field, LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            throw ProblemException.invalidField(field, "must be between " + EARLIEST + " and " + LATEST);
        }
    }

    /** {@code tag}, {@code #tag} and {@code #TAG} are one hashtag; the first spelling given is kept. */
    static String[] normalizeHashtags(List<String> hashtags) {
        if (hashtags == null) {
            return new String[0];
        }
        Map<String, String> seen = new LinkedHashMap<>();
        for (String h : hashtags) {
            String tag = h.strip();
            tag = tag.startsWith("#") ? tag : "#" + tag;
            seen.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag);
        }
        return seen.values().toArray(String[]::new);
    }

    private static List<UUID> distinct(List<UUID> ids) {
        return ids == null ? List.of() : List.copyOf(new LinkedHashSet<>(ids));
    }

}
