package io.github.ankommen;

import io.github.ankommen.access.Actor;
import io.github.ankommen.access.Operation;
import io.github.ankommen.access.Resource;
import io.github.ankommen.casework.Case;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.people.Accompaniment;
import io.github.ankommen.people.MinorsRule;
import io.github.ankommen.people.Volunteer;
import io.github.ankommen.people.VolunteerId;
import io.github.ankommen.people.VolunteerNeed;
import io.github.ankommen.referral.Referral;
import io.github.ankommen.storage.OwnedQuery;
import io.github.ankommen.storage.Page;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.RecordNotFoundException;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.Versioned;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Volunteers (<i>Ehrenamtliche</i>) as they are stored: their profiles at contact points, the
 * question "who can accompany", and the accompaniments (<i>Begleitungen</i>) they record.
 *
 * <p>Obtain it from {@link Ankommen#volunteers()}. Coordinators and the caseworkers of a contact
 * point manage and read its volunteers ({@code MANAGE_PEOPLE}, {@code VIEW_PEOPLE}); volunteers
 * record accompaniments at their own contact points ({@code RECORD_ACCOMPANIMENT}), only their own,
 * and read no profiles. Every call is checked before anything is read or written, and every change
 * is logged by ids. This class is thread-safe as long as its store is.
 *
 * @since 0.1.0
 */
public final class VolunteerService {

    private static final Logger LOG = LoggerFactory.getLogger(VolunteerService.class);

    private final Store store;
    private final Clock clock;
    private final AccessGate gate;
    private final ChangeLog log;
    private final MinorsRule minorsRule;
    private final PageCursors cursors;

    VolunteerService(Store store, Clock clock, AccessGate gate, ChangeLog log, MinorsRule minorsRule,
            PageCursors cursors) {
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.gate = Objects.requireNonNull(gate, "gate must not be null");
        this.log = Objects.requireNonNull(log, "log must not be null");
        this.minorsRule = Objects.requireNonNull(minorsRule, "minorsRule must not be null");
        this.cursors = Objects.requireNonNull(cursors, "cursors must not be null");
    }

    /**
     * The rule that says how long a certificate of conduct counts.
     *
     * @return the rule this instance was built with
     */
    public MinorsRule minorsRule() {
        return minorsRule;
    }

    /**
     * Registers a volunteer's profile.
     *
     * @param actor who registers it, not null
     * @param volunteer the profile, not null
     * @return the stored profile, version 1
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not manage the
     *     volunteers of the profile's contact point
     * @throws io.github.ankommen.storage.ConflictException if a profile with that id exists
     */
    public Versioned<Volunteer> register(Actor actor, Volunteer volunteer) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(volunteer, "volunteer must not be null");
        gate.check(actor, Operation.MANAGE_PEOPLE, Resource.at(volunteer.contactPoint()));
        Versioned<Volunteer> stored = log.insert(actor, "register_volunteer", null, RecordKind.VOLUNTEER, volunteer);
        LOG.debug("actor {} registered volunteer {} at {}", actor.id(), volunteer.id(), volunteer.contactPoint());
        return stored;
    }

    /**
     * Replaces a volunteer's profile, as an edit of the version the caller read.
     *
     * @param actor who changes it, not null
     * @param volunteer the new profile, not null
     * @param expectedVersion the version the caller read
     * @return the stored profile and its new version
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not manage the
     *     volunteers of the old or the new contact point
     * @throws io.github.ankommen.storage.RecordNotFoundException if there is no such profile (told only to those who
     *     may manage or view the volunteers network-wide)
     * @throws io.github.ankommen.storage.ConflictException if the stored version differs
     */
    public Versioned<Volunteer> update(Actor actor, Volunteer volunteer, long expectedVersion) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(volunteer, "volunteer must not be null");
        Volunteer current = managed(actor, volunteer.id()).value();
        gate.check(actor, Operation.MANAGE_PEOPLE, Resource.at(volunteer.contactPoint()));
        Versioned<Volunteer> stored = log.update(actor, "update_volunteer", null, RecordKind.VOLUNTEER, volunteer, expectedVersion);
        LOG.debug("actor {} changed volunteer {} (was at {})", actor.id(), volunteer.id(), current.contactPoint());
        return stored;
    }

    /**
     * Ends a volunteer's engagement. The profile is kept, with the last day, for the statistics and
     * the accompaniments that name it; the volunteer is matched no more after that day.
     *
     * @param actor who ends it, not null
     * @param volunteer the profile, not null
     * @param lastDay the last day of the engagement, not null, not before it started
     * @return the stored profile and its new version
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not manage the profile
     * @throws io.github.ankommen.storage.RecordNotFoundException if there is no such profile (told only to those who
     *     may manage or view the volunteers network-wide)
     * @throws jakarta.validation.ConstraintViolationException if the day is null or before the start
     */
    public Versioned<Volunteer> endEngagement(Actor actor, VolunteerId volunteer, LocalDate lastDay) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(volunteer, "volunteer must not be null");
        Objects.requireNonNull(lastDay, "lastDay must not be null");
        Versioned<Volunteer> current = managed(actor, volunteer);
        Versioned<Volunteer> stored = log.update(actor, "end_engagement", null, RecordKind.VOLUNTEER,
                current.value().withEngagementEnded(lastDay),
                current.version());
        LOG.debug("actor {} ended the engagement of volunteer {} on {}", actor.id(), volunteer, lastDay);
        return stored;
    }

    /**
     * Documents a volunteer's extended certificate of conduct, which lets them work with minors for
     * the validity the {@link #minorsRule()} gives.
     *
     * @param actor who documents it, not null
     * @param volunteer the profile, not null
     * @param issuedOn when the certificate was issued, not null
     * @return the stored profile and its new version
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not manage the profile
     * @throws io.github.ankommen.storage.RecordNotFoundException if there is no such profile (told only to those who
     *     may manage or view the volunteers network-wide)
     */
    public Versioned<Volunteer> documentCertificate(Actor actor, VolunteerId volunteer, LocalDate issuedOn) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(volunteer, "volunteer must not be null");
        Objects.requireNonNull(issuedOn, "issuedOn must not be null");
        Versioned<Volunteer> current = managed(actor, volunteer);
        Versioned<Volunteer> stored = log.update(actor, "document_certificate", null, RecordKind.VOLUNTEER,
                current.value().withCertificateIssuedOn(issuedOn), current.version());
        LOG.debug("actor {} documented a certificate of volunteer {}", actor.id(), volunteer);
        return stored;
    }

    /**
     * Reads a volunteer's profile.
     *
     * @param actor who asks, not null
     * @param volunteer the profile's id, not null
     * @return the profile and its version
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not view the
     *     volunteers of its contact point
     * @throws io.github.ankommen.storage.RecordNotFoundException if there is no such profile (told only to those who
     *     may manage or view the volunteers network-wide)
     */
    public Versioned<Volunteer> get(Actor actor, VolunteerId volunteer) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(volunteer, "volunteer must not be null");
        return gate.read(actor, Operation.VIEW_PEOPLE, RecordKind.VOLUNTEER, volunteer,
                v -> Resource.at(v.contactPoint()));
    }

    /**
     * The volunteers of a contact point, ended engagements included.
     *
     * @param actor who asks, not null
     * @param contactPoint the contact point, not null
     * @return the profiles, ordered by id
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not view them
     */
    public List<Volunteer> volunteers(Actor actor, ContactPointId contactPoint) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(contactPoint, "contactPoint must not be null");
        gate.check(actor, Operation.VIEW_PEOPLE, Resource.at(contactPoint));
        return QueryResults.values(store, OwnedQuery.volunteers(contactPoint));
    }

    /**
     * Who can accompany: the volunteers of a contact point who meet a need, engaged on its day,
     * offering its skill, speaking its language, available for its whole time, and, for a minor,
     * holding a certificate that is valid under the {@link #minorsRule()}.
     *
     * @param actor who asks, not null
     * @param contactPoint the contact point, not null
     * @param need what the client needs, not null
     * @return the volunteers who can, ordered by id
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not view the
     *     volunteers of the contact point
     */
    public List<Volunteer> whoCanAccompany(Actor actor, ContactPointId contactPoint, VolunteerNeed need) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(contactPoint, "contactPoint must not be null");
        Objects.requireNonNull(need, "need must not be null");
        return volunteers(actor, contactPoint).stream().filter(v -> need.isMetBy(v, minorsRule)).toList();
    }

    /**
     * Records an accompaniment. The service records the calling actor and the time as who recorded
     * it and when, whatever the given record says.
     *
     * <p>The volunteer must be engaged at the accompaniment's contact point on its day; a volunteer
     * records only their own accompaniments; a linked case must belong to that contact point, and a
     * linked referral to that case (the record itself requires the client's consent when linked).
     *
     * @param actor who records it, not null
     * @param accompaniment the accompaniment, not null
     * @return the stored accompaniment, version 1
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not record
     *     accompaniments at the contact point, or is a volunteer recording someone else's
     * @throws io.github.ankommen.storage.RecordNotFoundException if the volunteer, case or referral
     *     is not stored
     * @throws IllegalArgumentException if the volunteer, case or referral belongs elsewhere, or the
     *     volunteer was not engaged on the day
     */
    public Versioned<Accompaniment> recordAccompaniment(Actor actor, Accompaniment accompaniment) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(accompaniment, "accompaniment must not be null");
        Optional<Versioned<Volunteer>> found = store.find(RecordKind.VOLUNTEER, accompaniment.volunteer());
        // The resource's "mentor" is the accompanying volunteer's team member: volunteers record their
        // own. An unknown volunteer has none, so it is refused as someone else's before anyone learns
        // that it is unknown.
        gate.check(actor, Operation.RECORD_ACCOMPANIMENT, Resource.ofCase(accompaniment.contactPoint(),
                found.map(v -> v.value().member()).orElse(null)));
        Volunteer volunteer = found.orElseThrow(() -> new RecordNotFoundException(RecordKind.VOLUNTEER,
                RecordKind.VOLUNTEER.key(accompaniment.volunteer()))).value();
        if (!volunteer.contactPoint().equals(accompaniment.contactPoint())
                || !volunteer.isEngagedOn(accompaniment.date())) {
            throw new IllegalArgumentException("volunteer " + volunteer.id() + " is not engaged at contact point "
                    + accompaniment.contactPoint() + " on " + accompaniment.date());
        }
        if (accompaniment.caseId() != null) {
            Case c = store.get(RecordKind.CASE, accompaniment.caseId()).value();
            if (!c.contactPoint().equals(accompaniment.contactPoint())) {
                throw new IllegalArgumentException("case " + c.id() + " belongs to another contact point");
            }
        }
        if (accompaniment.referral() != null) {
            Referral referral = store.get(RecordKind.REFERRAL, accompaniment.referral()).value();
            if (accompaniment.caseId() != null ? !referral.caseId().equals(accompaniment.caseId())
                    : !referral.contactPoint().equals(accompaniment.contactPoint())) {
                throw new IllegalArgumentException("referral " + referral.id() + " belongs to another case");
            }
        }
        Accompaniment recorded = new Accompaniment(accompaniment.id(), accompaniment.volunteer(),
                accompaniment.contactPoint(), accompaniment.caseId(), accompaniment.referral(), accompaniment.offer(),
                accompaniment.destination(), accompaniment.date(), accompaniment.minutes(),
                accompaniment.clientConsented(), actor.id(), clock.instant());
        Versioned<Accompaniment> stored = log.insert(actor, "record_accompaniment", null, RecordKind.ACCOMPANIMENT, recorded);
        LOG.debug("actor {} recorded accompaniment {} by volunteer {}", actor.id(), recorded.id(), volunteer.id());
        return stored;
    }

    /**
     * One page of the accompaniments arranged by a contact point: a list that grows with the work
     * done there.
     *
     * @param actor who asks, not null
     * @param contactPoint the contact point, not null
     * @param page which page, not null: the first, or the next after a cursor of an earlier page of
     *     the same contact point and actor from this {@code Ankommen}
     * @return the page, ordered by id
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not view the
     *     volunteers of the contact point
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the page's cursor is forged, or was made for another
     *     query or actor
     */
    public Page<Accompaniment> accompaniments(Actor actor, ContactPointId contactPoint, PageRequest page) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(contactPoint, "contactPoint must not be null");
        Objects.requireNonNull(page, "page must not be null");
        gate.check(actor, Operation.VIEW_PEOPLE, Resource.at(contactPoint));
        OwnedQuery<Accompaniment> query = OwnedQuery.accompaniments(contactPoint);
        return cursors.page(store, actor, query, query, page, Function.identity());
    }

    /** Reads a profile and checks that the actor may manage the volunteers of its contact point. */
    private Versioned<Volunteer> managed(Actor actor, VolunteerId volunteer) {
        Objects.requireNonNull(volunteer, "volunteer must not be null");
        return gate.read(actor, Operation.MANAGE_PEOPLE, RecordKind.VOLUNTEER, volunteer,
                v -> Resource.at(v.contactPoint()));
    }
}
