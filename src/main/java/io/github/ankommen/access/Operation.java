package io.github.ankommen.access;

/**
 * What a call into the library does, as far as access control is concerned.
 *
 * <p>Every service method maps to exactly one operation and asks the {@link AccessPolicy} before it
 * reads or changes anything. The list is deliberately coarse: one operation per kind of data and per
 * kind of change, so that the role × operation matrix in {@code docs/access-control.md} stays small
 * enough to read and to test completely.
 *
 * @since 0.1.0
 */
public enum Operation {
    /** Read the directory: contact points, offers, phases, opening hours. */
    VIEW_NETWORK,
    /** Change the directory: contact points, offers, phases, districts, teams. */
    MANAGE_NETWORK,
    /** Read a client's pseudonym and {@code BasicData}. */
    VIEW_CLIENT_BASIC,
    /** Read a client's {@code SensitiveData}. */
    VIEW_CLIENT_SENSITIVE,
    /** Register a client or change a client's data. */
    CHANGE_CLIENT,
    /** Record a consultation at a contact point. */
    RECORD_CONSULTATION,
    /** Open a case at a contact point. */
    OPEN_CASE,
    /** Read a case: needs, goals, follow-ups, state. */
    VIEW_CASE,
    /**
     * Change a case without a workflow transition: goals, follow-ups, needs, mentor; also linking a
     * consultation to a case.
     */
    CHANGE_CASE,
    /** Fire a workflow transition on a case; the resource names the transition. */
    FIRE_TRANSITION,
    /** Approve or decline a requested closure. */
    APPROVE_CLOSURE,
    /** Draft, send, revoke or cancel a referral, on the sending side. */
    SEND_REFERRAL,
    /** Accept, reject, progress or complete a referral, on the receiving side. */
    RESPOND_TO_REFERRAL,
    /** Read a referral and the client data it carries. */
    VIEW_REFERRAL,
    /** Record a client's consent. */
    RECORD_CONSENT,
    /** Record the withdrawal of a client's consent. */
    WITHDRAW_CONSENT,
    /** Move a referral on without covering consent; recorded with its reason. */
    OVERRIDE_CONSENT,
    /** Read aggregated, suppressed statistics. */
    VIEW_STATISTICS,
    /** Run the retention plan: anonymise and delete what is due. */
    RUN_RETENTION,
    /** Erase a client's data on request, before its retention period ends. */
    ERASE_CLIENT,
    /** Export everything held about a client, for the client's right of access. */
    EXPORT_CLIENT_DATA,
    /** Read a case's audit trail, including denied accesses. */
    VIEW_AUDIT_TRAIL,
    /** Register, change or end volunteers' profiles and the interpreters of the pool. */
    MANAGE_PEOPLE,
    /** Read volunteers' profiles and interpreters, and ask who can accompany or interpret. */
    VIEW_PEOPLE,
    /** Record an accompaniment (<i>Begleitung</i>) by a volunteer. */
    RECORD_ACCOMPANIMENT,
    /** Book, move, cancel or mark appointments, and request interpreters for them. */
    BOOK_APPOINTMENT
}
