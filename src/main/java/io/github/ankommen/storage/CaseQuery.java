package io.github.ankommen.storage;

import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.workflow.State;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Selects cases. Every filter is optional (null); the result holds the cases that pass all filters
 * that are set, ordered by id.
 *
 * <p>{@code dueBy} selects the cases with something open that is due on or before that day: an
 * open follow-up or an unfinished goal ({@link Case#earliestOpenDeadline()}). It is the candidate
 * set for the overdue, due-soon and escalation questions, which the case service then answers
 * exactly. This class is immutable and thread-safe.
 *
 * @param contactPoint cases of this contact point
 * @param state cases in this workflow state
 * @param client cases of this client
 * @param dueBy cases with an open deadline on or before this day
 * @since 0.1.0
 */
public record CaseQuery(ContactPointId contactPoint, State state, ClientId client, LocalDate dueBy)
        implements Query<Case> {

    /**
     * Creates a query.
     *
     * @param contactPoint cases of this contact point, or null
     * @param state cases in this workflow state, or null
     * @param client cases of this client, or null
     * @param dueBy cases with an open deadline on or before this day, or null
     */
    public CaseQuery(ContactPointId contactPoint, State state, ClientId client, LocalDate dueBy) {
        this.contactPoint = contactPoint;
        this.state = state;
        this.client = client;
        this.dueBy = dueBy;
        // No component has a constraint: every combination of filters is a valid query.
    }

    /**
     * All cases.
     *
     * @return the query
     */
    public static CaseQuery all() {
        return new CaseQuery(null, null, null, null);
    }

    /**
     * The cases of a contact point.
     *
     * @param contactPoint the contact point, not null
     * @return the query
     * @throws NullPointerException if the contact point is null
     */
    public static CaseQuery at(ContactPointId contactPoint) {
        return new CaseQuery(Objects.requireNonNull(contactPoint, "contactPoint must not be null"), null, null, null);
    }

    /**
     * The cases of a client.
     *
     * @param client the client, not null
     * @return the query
     * @throws NullPointerException if the client is null
     */
    public static CaseQuery of(ClientId client) {
        return new CaseQuery(null, null, Objects.requireNonNull(client, "client must not be null"), null);
    }

    /**
     * This query, narrowed to cases in a state.
     *
     * @param state the state, or null for any
     * @return the narrowed query
     */
    public CaseQuery inState(State state) {
        return new CaseQuery(contactPoint, state, client, dueBy);
    }

    /**
     * This query, narrowed to cases with an open deadline on or before a day.
     *
     * @param day the day, or null for any
     * @return the narrowed query
     */
    public CaseQuery dueBy(LocalDate day) {
        return new CaseQuery(contactPoint, state, client, day);
    }

    @Override
    public RecordKind<?, Case> kind() {
        return RecordKind.CASE;
    }

    @Override
    public boolean matches(Case c) {
        return (contactPoint == null || contactPoint.equals(c.contactPoint()))
                && (state == null || state.equals(c.state()))
                && (client == null || client.equals(c.client()))
                && (dueBy == null || c.earliestOpenDeadline().filter(d -> !d.isAfter(dueBy)).isPresent());
    }
}
