package io.github.ankommen.retention;

import io.github.ankommen.access.DataCategory;
import io.github.ankommen.casework.AuditEntry;
import io.github.ankommen.casework.BasicData;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.Client;
import io.github.ankommen.casework.FollowUp;
import io.github.ankommen.casework.Goal;
import io.github.ankommen.casework.Reopening;
import io.github.ankommen.casework.SensitiveData;
import io.github.ankommen.casework.Transfer;
import io.github.ankommen.people.Volunteer;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Pure functions that anonymise what a retention run finds due, keeping ids, pseudonyms and the
 * structure that statistics read.
 *
 * <p>What goes: a client's first name or initials (basic data) and all sensitive data; a case's free
 * text, that is goal descriptions (replaced by {@value #REMOVED}, since a goal needs one), goal
 * actions, follow-up notes, and the reasons of a pending transfer and of reopenings; the reason of
 * an audit entry. What stays: ids, the pseudonym, birth year and quarter, languages, month of arrival,
 * household size, and of a case its contact point, team members, needs, goal dates and statuses,
 * follow-up dates, state, outcome, version and timestamps, so that {@code StatisticsReport} gives the
 * same figures before and after. Every function is idempotent: applying it twice gives the same as
 * applying it once. This class is thread-safe.
 *
 * @since 0.1.0
 */
public final class Anonymiser {

    /** What a goal's description becomes. */
    public static final String REMOVED = "[removed]";

    private Anonymiser() {
    }

    /**
     * Anonymises everything of a client: both categories.
     *
     * @param client the client, not null
     * @return the anonymised client, with the same id and pseudonym
     * @throws NullPointerException if the client is null
     */
    public static Client anonymise(Client client) {
        return anonymise(client, Set.of(DataCategory.values()));
    }

    /**
     * Anonymises the categories of a client's data that are due: {@code BASIC} removes the first name
     * or initials, and keeps birth year and quarter, languages, month of arrival and household size;
     * {@code SENSITIVE} deletes all sensitive data.
     *
     * @param client the client, not null
     * @param due the categories due, not null
     * @return the anonymised client, with the same id and pseudonym; the same instance if nothing
     *     changes
     * @throws NullPointerException if an argument is null
     */
    public static Client anonymise(Client client, Set<DataCategory> due) {
        Objects.requireNonNull(client, "client must not be null");
        Objects.requireNonNull(due, "due must not be null");
        Client result = client;
        if (due.contains(DataCategory.BASIC) && client.basic().firstNameOrInitials() != null) {
            BasicData b = client.basic();
            result = result.withBasic(new BasicData(null, b.birthYear(), b.birthQuarter(), b.languages(), b.arrival(),
                    b.householdSize()));
        }
        if (due.contains(DataCategory.SENSITIVE) && !client.sensitive().equals(SensitiveData.none())) {
            result = result.withSensitive(SensitiveData.none());
        }
        return result;
    }

    /**
     * Removes a case's free text.
     *
     * @param c the case, not null
     * @return the case without free text; ids, structure, state, version and timestamps are kept; the
     *     same instance if it holds no free text
     * @throws NullPointerException if the case is null
     */
    public static Case anonymise(Case c) {
        Objects.requireNonNull(c, "case must not be null");
        if (!hasFreeText(c)) {
            return c;
        }
        List<Goal> goals = c.goals().stream()
                .map(g -> new Goal(g.id(), REMOVED, List.of(), g.targetDate(), g.status(), g.agreedAt())).toList();
        List<FollowUp> followUps = c.followUps().stream()
                .map(f -> new FollowUp(f.id(), f.due(), null, f.completedAt())).toList();
        Transfer t = c.transfer();
        Transfer transfer = t == null ? null : new Transfer(t.target(), t.requestedBy(), t.requestedAt(), null);
        List<Reopening> reopenings = c.reopenings().stream()
                .map(r -> new Reopening(r.actor(), r.at(), null, r.previousOutcome())).toList();
        return new Case(c.id(), c.client(), c.contactPoint(), c.caseworker(), c.mentor(), c.needs(), goals, followUps,
                c.state(), c.previousState(), c.outcome(), transfer, reopenings, c.version(), c.createdAt(),
                c.updatedAt());
    }

    /**
     * Removes a volunteer's personal data from the profile, once the engagement has ended long
     * enough ({@link RetentionPolicy#isDue(Volunteer, Instant)}): the display name becomes
     * {@link #REMOVED}, and the sign-in link (team member), the weekly availability and the date of the
     * certificate of conduct go. Id, contact point, languages, skills and the dates of the engagement
     * stay, so the accompaniments and statistics that name the volunteer stay intact.
     *
     * @param volunteer the profile, not null
     * @return the anonymised profile; the same instance if nothing was left to remove
     * @throws NullPointerException if the profile is null
     */
    public static Volunteer anonymise(Volunteer volunteer) {
        Objects.requireNonNull(volunteer, "volunteer must not be null");
        if (REMOVED.equals(volunteer.displayName()) && volunteer.member() == null && volunteer.availability().isEmpty()
                && volunteer.certificateIssuedOn() == null) {
            return volunteer;
        }
        return new Volunteer(volunteer.id(), volunteer.contactPoint(), null, REMOVED, volunteer.languages(),
                volunteer.skills(), List.of(), null, volunteer.engagedSince(), volunteer.engagementEnded());
    }

    /**
     * Removes the reason of an audit entry, the trail's only free text. This is the one change a store
     * may make to an entry of the append-only trail: it redacts, it never removes an entry.
     *
     * @param entry the entry, not null
     * @return the entry without its reason; the same instance if it has none
     * @throws NullPointerException if the entry is null
     */
    public static AuditEntry anonymise(AuditEntry entry) {
        Objects.requireNonNull(entry, "entry must not be null");
        if (entry.reason() == null) {
            return entry;
        }
        return new AuditEntry(entry.caseId(), entry.version(), entry.actor(), entry.role(), entry.at(), entry.from(),
                entry.to(), entry.transition(), null);
    }

    /**
     * Asks whether a case still holds free text.
     *
     * @param c the case, not null
     * @return true if {@link #anonymise(Case)} would change it
     * @throws NullPointerException if the case is null
     */
    public static boolean hasFreeText(Case c) {
        Objects.requireNonNull(c, "case must not be null");
        return c.goals().stream().anyMatch(g -> !g.description().equals(REMOVED) || !g.actions().isEmpty())
                || c.followUps().stream().anyMatch(f -> f.note() != null)
                || c.transfer() != null && c.transfer().reason() != null
                || c.reopenings().stream().anyMatch(r -> r.reason() != null);
    }
}
