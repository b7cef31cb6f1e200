package io.github.ankommen;

import io.github.ankommen.access.AccessPolicy;
import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ChangeRecord;
import io.github.ankommen.access.DataCategory;
import io.github.ankommen.access.Operation;
import io.github.ankommen.access.Resource;
import io.github.ankommen.casework.AuditEntry;
import io.github.ankommen.casework.BasicData;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.Client;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.casework.Consultation;
import io.github.ankommen.casework.SensitiveData;
import io.github.ankommen.consent.Consent;
import io.github.ankommen.consent.ConsentId;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.OrganisationId;
import io.github.ankommen.people.Volunteer;
import io.github.ankommen.referral.ConsentChange;
import io.github.ankommen.referral.ConsentEngine;
import io.github.ankommen.referral.Referral;
import io.github.ankommen.referral.ReferralChange;
import io.github.ankommen.referral.ReferralHistoryEntry;
import io.github.ankommen.referral.ReferralId;
import io.github.ankommen.referral.TransferRecord;
import io.github.ankommen.retention.Anonymiser;
import io.github.ankommen.retention.ClientDataExport;
import io.github.ankommen.retention.ErasureReport;
import io.github.ankommen.retention.RetentionPolicy;
import io.github.ankommen.retention.RetentionReport;
import io.github.ankommen.storage.AuditQuery;
import io.github.ankommen.storage.CaseQuery;
import io.github.ankommen.storage.EndedEngagementQuery;
import io.github.ankommen.storage.ChangeQuery;
import io.github.ankommen.storage.IdleCaseQuery;
import io.github.ankommen.storage.OwnedQuery;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.ReferralQuery;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.Versioned;
import io.github.ankommen.storage.Write;
import io.github.ankommen.workflow.State;
import io.github.ankommen.workflow.Workflow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Data protection over the store: the retention run, erasure on request (Art. 17 GDPR) and the
 * access export (Art. 15 GDPR).
 *
 * <p>{@link #run(Actor)} anonymises what the {@link RetentionPolicy} finds due, with the
 * {@link Anonymiser}: of every case closed long enough its free text, the reasons in its audit trail
 * and the notes of its referrals and their histories, and a client's data categories once they are
 * due for all of the client's cases. {@link #erase(Actor, ClientId)} removes all of one client's
 * personal data at once and keeps the client as a record {@linkplain #isErased(Client) marked
 * erased}, so that every reference still resolves. {@link #export(Actor, ClientId)} collects
 * everything held about one client.
 *
 * <p>Every method asks the {@link AccessPolicy} first. A denied call is recorded as a
 * {@code DeniedAccess} and changes nothing else. What a run or an erasure changes is written with the
 * versions it read, so a concurrent change makes it fail with a
 * {@link io.github.ankommen.storage.ConflictException}; both can simply be repeated, because they
 * write only what still needs to change. Time comes from the clock. Logs name ids only.
 *
 * <p>This class is thread-safe as long as its store is.
 *
 * @since 0.1.0
 */
public final class RetentionService {

    /**
     * The pseudonym of an erased client. It is reserved: an application must not give it to a client.
     */
    public static final String ERASED = "[erased]";

    private static final Logger LOG = LoggerFactory.getLogger(RetentionService.class);
    private static final int PAGE = PageRequest.MAX_SIZE;
    private static final Set<DataCategory> ALL_CATEGORIES = EnumSet.allOf(DataCategory.class);

    private final Store store;
    private final Clock clock;
    private final RetentionPolicy retention;
    private final Workflow<Case> workflow;
    private final AccessGate gate;
    private final ChangeLog log;
    private final ConsentEngine consents;

    RetentionService(Store store, Clock clock, AccessGate gate, ChangeLog log, RetentionPolicy retention,
            Workflow<Case> workflow) {
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.retention = Objects.requireNonNull(retention, "retention must not be null");
        this.workflow = Objects.requireNonNull(workflow, "workflow must not be null");
        this.gate = Objects.requireNonNull(gate, "gate must not be null");
        this.log = Objects.requireNonNull(log, "log must not be null");
        this.consents = ConsentEngine.of(retention.zone());
    }

    /**
     * Asks whether a client has been erased: its pseudonym is {@link #ERASED} and it holds neither
     * basic nor sensitive data.
     *
     * @param client the client, not null
     * @return true if erased
     * @throws NullPointerException if the client is null
     */
    public static boolean isErased(Client client) {
        Objects.requireNonNull(client, "client must not be null");
        return client.pseudonym().equals(ERASED) && client.basic().equals(BasicData.none())
                && client.sensitive().equals(SensitiveData.none());
    }

    /**
     * The retention periods this service applies.
     *
     * @return the policy
     */
    public RetentionPolicy retention() {
        return retention;
    }

    /**
     * Runs the retention plan over the whole store (<i>Löschlauf</i>).
     *
     * <p>The run looks at the cases in the terminal states of the case workflow, whatever they are
     * called (the default workflow's {@code closed}, or a municipality's own), the only states in
     * which {@link RetentionPolicy#due} finds anything due. Client by client, in order of client id, it
     * anonymises of each case whose free text is due the case's free text, the reasons of its audit
     * trail (the one change the append-only trail allows: entries are redacted, never removed), and
     * the notes, outcome notes and override reasons of its referrals and the notes of their
     * histories; and the client's data categories that are due for all of the client's cases. Ids,
     * pseudonyms, purposes, consents, the transfer ledger and all structure stay, so statistics give
     * the same figures before and after.
     *
     * <p>Each client's changes are written in one unit of work, with the versions read. Where a
     * case's trail, referrals or client change but the case itself does not, the case is written
     * again unchanged, so that a concurrent change of the case (such as a reopening) makes the unit
     * fail. Records that are already anonymous are not written: a second run writes nothing and
     * reports no changes.
     *
     * <p>Then it removes the personal data of every volunteer's profile whose engagement ended
     * {@link RetentionPolicy#volunteerProfiles()} ago or longer ({@link Anonymiser#anonymise(Volunteer)}),
     * one unit of work per profile.
     *
     * @param actor who runs it, not null; by default only coordinators may
     * @return what the run changed
     * @throws NullPointerException if the actor is null
     * @throws io.github.ankommen.access.AccessDeniedException if the policy denies
     *     {@link Operation#RUN_RETENTION}; the denial is recorded and nothing else changes
     * @throws io.github.ankommen.storage.ConflictException if a record changed concurrently; the
     *     clients handled before stay handled, and the run can be repeated
     */
    public RetentionReport run(Actor actor) {
        Objects.requireNonNull(actor, "actor must not be null");
        gate.check(actor, Operation.RUN_RETENTION, Resource.network());
        Instant now = clock.instant();
        Set<ClientId> due = new TreeSet<>(Comparator.comparing(ClientId::value));
        Optional<Instant> closedBefore = closedBefore(now);
        if (closedBefore.isPresent()) {
            for (State terminal : workflow.terminal()) {
                // Only the cases closed long enough ago are read, through an index; the policy decides.
                try (Stream<Versioned<Case>> closed = store.stream(new IdleCaseQuery(terminal, closedBefore.get()),
                        PAGE)) {
                    closed.map(Versioned::value).filter(c -> retention.due(c, workflow, now).isAnythingDue())
                            .forEach(c -> due.add(c.client()));
                }
            }
        }
        Map<RecordKind<?, ?>, Integer> changed = new HashMap<>();
        List<CaseId> cases = new ArrayList<>();
        List<ClientId> clients = new ArrayList<>();
        for (ClientId client : due) {
            Unit unit = new Unit();
            List<Versioned<Case>> ofClient = QueryResults.versioned(store, CaseQuery.of(client));
            List<CaseId> handled = new ArrayList<>();
            for (Versioned<Case> c : ofClient) {
                if (retention.due(c.value(), workflow, now).freeText() && redact(unit, c, false)) {
                    handled.add(c.value().id());
                }
            }
            boolean clientChanged = anonymiseClient(unit, client,
                    retention.dueForClient(QueryResults.values(ofClient), workflow, now));
            if (clientChanged) {
                ofClient.stream().filter(c -> !handled.contains(c.value().id()))
                        .forEach(c -> unit.guard(unit.size(), RecordKind.CASE, c.value(), c.version()));
            }
            if (!unit.isEmpty()) {
                write(actor, "retention_run", unit);
                unit.counts.forEach((kind, n) -> changed.merge(kind, n, Integer::sum));
                cases.addAll(handled);
                if (clientChanged) {
                    clients.add(client);
                }
                LOG.debug("retention run by actor {}: client {}, cases {}, {} records changed", actor.id(), client,
                        handled, unit.changes());
            }
        }
        anonymiseVolunteers(actor, now, changed);
        cases.sort(Comparator.comparing(CaseId::value));
        RetentionReport report = new RetentionReport(now, ordered(changed), cases, clients);
        LOG.debug("retention run by actor {} at {}: {} records changed", actor.id(), now, report.total());
        return report;
    }

    /**
     * Removes the personal data of every volunteer's profile whose engagement ended long enough ago,
     * one unit of work per profile. The store finds the profiles whose engagement has ended, so the
     * engaged ones are never read.
     */
    private void anonymiseVolunteers(Actor actor, Instant now, Map<RecordKind<?, ?>, Integer> changed) {
        // Every profile whose engagement has ended; the policy decides, with its own month arithmetic.
        LocalDate tomorrow = LocalDate.ofInstant(now, retention.zone()).plusDays(1);
        for (Versioned<Volunteer> v : QueryResults.versioned(store, new EndedEngagementQuery(tomorrow))) {
            Volunteer anonymised = retention.isDue(v.value(), now) ? Anonymiser.anonymise(v.value()) : v.value();
            if (anonymised != v.value()) {
                Unit unit = new Unit();
                unit.change(RecordKind.VOLUNTEER, anonymised, v.version());
                write(actor, "retention_run", unit);
                changed.merge(RecordKind.VOLUNTEER, 1, Integer::sum);
                LOG.debug("retention run by actor {}: volunteer {} anonymised", actor.id(), v.value().id());
            }
        }
    }

    /**
     * Erases a client's personal data on request (Art. 17 GDPR), whatever the retention periods say.
     *
     * <p>In one unit of work: the client is marked erased (pseudonym {@link #ERASED}, no basic and no
     * sensitive data; the record and its id stay, so that every reference resolves); every case of the
     * client loses its free text and the reasons of its audit trail, and keeps its ids, state and
     * structure; every consent is withdrawn if it is not yet, and its purpose replaced by
     * {@link Anonymiser#REMOVED}, and every open referral that depended on it is flagged as a
     * withdrawal flags it, with its history entry; every referral loses its notes, outcome note and
     * override reason, and its purpose is replaced by {@link Anonymiser#REMOVED}; the history entries
     * lose their notes; the ledger entries keep who received which categories, when and on what
     * basis, but their purpose is replaced by {@link Anonymiser#REMOVED}; consultations linked to the
     * client are unlinked and anonymous again. Nothing is removed, so counts and statistics stay as
     * they were. Erasing an erased client writes nothing.
     *
     * <p>The policy is asked before anything but the contact points of the client's cases is read:
     * once for each of them, or network-wide if the client has no case.
     *
     * @param actor who erases, not null; by default only coordinators may
     * @param client the client, not null
     * @return what the erasure changed, and whom to tell
     * @throws NullPointerException if an argument is null
     * @throws io.github.ankommen.access.AccessDeniedException if the policy denies
     *     {@link Operation#ERASE_CLIENT}; the denial is recorded and nothing else changes
     * @throws io.github.ankommen.storage.RecordNotFoundException if the client is not stored
     * @throws io.github.ankommen.storage.ConflictException if a record changed concurrently; nothing
     *     is written, and the erasure can be repeated
     */
    public ErasureReport erase(Actor actor, ClientId client) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(client, "client must not be null");
        List<Versioned<Case>> ofClient = QueryResults.versioned(store, CaseQuery.of(client));
        check(actor, Operation.ERASE_CLIENT, ofClient);
        Instant now = clock.instant();
        Versioned<Client> stored = store.get(RecordKind.CLIENT, client);
        Unit unit = new Unit();
        Client erased = Redaction.erase(stored.value());
        if (!erased.equals(stored.value())) {
            unit.change(RecordKind.CLIENT, erased, stored.version());
        }
        for (Versioned<Case> c : ofClient) {
            redact(unit, c, true);
        }

        List<Versioned<Referral>> referrals = QueryResults.versioned(store, ReferralQuery.ofClient(client));
        Map<ReferralId, Referral> current = new LinkedHashMap<>();
        referrals.forEach(r -> current.put(r.value().id(), r.value()));
        List<ReferralHistoryEntry> flags = new ArrayList<>();
        List<ReferralId> flagged = new ArrayList<>();
        List<ConsentId> withdrawn = new ArrayList<>();
        for (Versioned<Consent> stale : QueryResults.versioned(store, OwnedQuery.consents(client))) {
            Consent consent = stale.value();
            Instant at = now.isBefore(consent.obtainedAt()) ? consent.obtainedAt() : now;
            ConsentChange change = consents.withdraw(consent, List.copyOf(current.values()), actor, at);
            for (ReferralChange flag : change.flagged()) {
                current.put(flag.updated().id(), flag.updated());
                flags.add(flag.history());
                flagged.add(flag.updated().id());
            }
            if (!consent.isWithdrawn()) {
                withdrawn.add(consent.id());
            }
            Consent next = Redaction.consent(change.consent());
            if (!next.equals(consent)) {
                unit.change(RecordKind.CONSENT, next, stale.version());
            }
        }
        for (Versioned<Referral> r : referrals) {
            redact(unit, r, current.get(r.value().id()), true);
        }
        flags.forEach(entry -> unit.change(RecordKind.REFERRAL_HISTORY, entry, 0));

        Set<OrganisationId> recipients = new TreeSet<>(Comparator.comparing(OrganisationId::value));
        for (Versioned<TransferRecord> t : QueryResults.versioned(store, OwnedQuery.transfers(client))) {
            recipients.add(t.value().recipient());
            TransferRecord next = Redaction.transfer(t.value());
            if (!next.equals(t.value())) {
                unit.change(RecordKind.TRANSFER, next, t.version());
            }
        }
        for (Versioned<Consultation> c : linkedConsultations(client)) {
            unit.change(RecordKind.CONSULTATION, Redaction.unlink(c.value()), c.version());
        }
        if (!unit.isEmpty()) {
            write(actor, "erase_client", unit);
        }
        flagged.sort(Comparator.comparing(ReferralId::value));
        ErasureReport report = new ErasureReport(client, now, ordered(unit.counts),
                ofClient.stream().map(c -> c.value().id()).toList(), withdrawn, flagged, recipients);
        LOG.debug("actor {} erased client {}: {} records changed, consents withdrawn {}, referrals flagged {}",
                actor.id(), client, report.total(), withdrawn, flagged);
        return report;
    }

    /**
     * Collects everything held about a client, for the client's right of access (Art. 15 GDPR):
     * the client's data by category, the cases with their audit trails and the notes of their ended
     * referrals, the referrals with their histories, the consents, the transfer ledger and the linked
     * consultations. {@link ClientDataExport#toText(java.util.Locale)} renders it for the client.
     *
     * <p>The policy is asked before anything but the contact points of the client's cases is read:
     * once for each of them (the resource names the contact point and both data categories), or
     * network-wide if the client has no case. By default a caseworker may export the data of a client
     * whose cases are all at the caseworker's own contact points, and a coordinator any client's.
     *
     * @param actor who exports, not null
     * @param client the client, not null
     * @return the export
     * @throws NullPointerException if an argument is null
     * @throws io.github.ankommen.access.AccessDeniedException if the policy denies
     *     {@link Operation#EXPORT_CLIENT_DATA}; the denial is recorded and nothing else changes
     * @throws io.github.ankommen.storage.RecordNotFoundException if the client is not stored
     */
    public ClientDataExport export(Actor actor, ClientId client) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(client, "client must not be null");
        List<Versioned<Case>> ofClient = QueryResults.versioned(store, CaseQuery.of(client));
        check(actor, Operation.EXPORT_CLIENT_DATA, ofClient);
        Client stored = store.get(RecordKind.CLIENT, client).value();
        List<ClientDataExport.CaseWithHistory> cases = ofClient.stream().map(Versioned::value)
                .map(c -> new ClientDataExport.CaseWithHistory(c, QueryResults.values(store, AuditQuery.of(c.id())),
                        QueryResults.values(store, OwnedQuery.closedReferrals(c.id()))))
                .toList();
        List<ClientDataExport.ReferralWithHistory> referrals = QueryResults.values(store, ReferralQuery.ofClient(client)).stream()
                .map(r -> new ClientDataExport.ReferralWithHistory(r, QueryResults.values(store, OwnedQuery.history(r.id()))))
                .toList();
        ClientDataExport export = new ClientDataExport(stored, cases, referrals,
                QueryResults.values(store, OwnedQuery.consents(client)), QueryResults.values(store, OwnedQuery.transfers(client)),
                QueryResults.values(linkedConsultations(client)), clock.instant(), retention.zone());
        LOG.debug("actor {} exported the data of client {}: {}", actor.id(), client, export);
        return export;
    }

    private void check(Actor actor, Operation operation, List<Versioned<Case>> ofClient) {
        Objects.requireNonNull(actor, "actor must not be null");
        Set<ContactPointId> sites = new TreeSet<>(Comparator.comparing(ContactPointId::value));
        ofClient.forEach(c -> sites.add(c.value().contactPoint()));
        if (sites.isEmpty()) {
            gate.check(actor, operation, Resource.network().withRequested(ALL_CATEGORIES));
        }
        for (ContactPointId site : sites) {
            gate.check(actor, operation, Resource.at(site).withRequested(ALL_CATEGORIES));
        }
    }

    /**
     * Applies a unit of the run or an erasure, after adding to it the removal of the reasons in the
     * change log of every record it writes: they go with the record's free text. The change log then
     * records the run's or the erasure's own writes.
     */
    private void write(Actor actor, String action, Unit unit) {
        for (Write<?, ?> write : List.copyOf(unit.writes)) {
            if (ChangeLog.isLogged(write.kind())) {
                ChangeQuery changes = new ChangeQuery(write.kind().name(), write.key());
                for (Versioned<ChangeRecord> change : QueryResults.versioned(store, changes)) {
                    if (change.value().reason() != null) {
                        unit.guard(unit.size(), RecordKind.CHANGE_RECORD, change.value().withoutReason(),
                                change.version());
                    }
                }
            }
        }
        log.apply(actor, action, null, unit.writes);
    }

    /**
     * Adds what anonymising a case changes: its free text, the reasons of its trail and, in a run,
     * the free text of its referrals. The case is written first, changed or, if only its trail or
     * referrals change, unchanged, so that its version guards the unit.
     */
    private boolean redact(Unit unit, Versioned<Case> stored, boolean erasing) {
        Case c = stored.value();
        int position = unit.size();
        for (Versioned<AuditEntry> entry : QueryResults.versioned(store, AuditQuery.of(c.id()))) {
            AuditEntry redacted = Anonymiser.anonymise(entry.value());
            if (!redacted.equals(entry.value())) {
                unit.change(RecordKind.AUDIT_ENTRY, redacted, entry.version());
            }
        }
        if (!erasing) {
            for (Versioned<Referral> r : QueryResults.versioned(store, ReferralQuery.ofCase(c.id()))) {
                redact(unit, r, r.value(), false);
            }
        }
        Case anonymised = Anonymiser.anonymise(c);
        if (!anonymised.equals(c)) {
            unit.change(position, RecordKind.CASE, anonymised, stored.version());
            return true;
        }
        if (unit.size() > position) {
            unit.guard(position, RecordKind.CASE, c, stored.version());
            return true;
        }
        return false;
    }

    /** Adds what redacting a referral (in its current value, perhaps just flagged) and its history changes. */
    private void redact(Unit unit, Versioned<Referral> stored, Referral current, boolean erasing) {
        Referral redacted = Redaction.referral(current, erasing);
        if (!redacted.equals(stored.value())) {
            unit.change(RecordKind.REFERRAL, redacted, stored.version());
        }
        for (Versioned<ReferralHistoryEntry> entry : QueryResults.versioned(store, OwnedQuery.history(current.id()))) {
            ReferralHistoryEntry next = Redaction.history(entry.value());
            if (!next.equals(entry.value())) {
                unit.change(RecordKind.REFERRAL_HISTORY, next, entry.version());
            }
        }
    }

    /**
     * The instant before which a closed case must have been closed for anything of it to be due at
     * {@code now}: the start of the day after the last closing day with a category due, in the
     * policy's zone. Empty if the policy has no period.
     */
    private Optional<Instant> closedBefore(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, retention.zone());
        LocalDate last = null;
        for (DataCategory category : ALL_CATEGORIES) {
            Period period = retention.period(category);
            if (period == null) {
                continue;
            }
            // closedOn.plus(period) never decreases as closedOn grows: find the last day it is due.
            LocalDate day = today.minus(period);
            while (!today.isBefore(day.plusDays(1).plus(period))) {
                day = day.plusDays(1);
            }
            while (today.isBefore(day.plus(period))) {
                day = day.minusDays(1);
            }
            last = last == null || day.isAfter(last) ? day : last;
        }
        return last == null ? Optional.empty() : Optional.of(last.plusDays(1).atStartOfDay(retention.zone()).toInstant());
    }

    private boolean anonymiseClient(Unit unit, ClientId client, Set<DataCategory> due) {
        if (due.isEmpty()) {
            return false;
        }
        Optional<Versioned<Client>> stored = store.find(RecordKind.CLIENT, client);
        if (stored.isEmpty()) {
            return false;
        }
        Client anonymised = Anonymiser.anonymise(stored.get().value(), due);
        if (anonymised.equals(stored.get().value())) {
            return false;
        }
        unit.change(RecordKind.CLIENT, anonymised, stored.get().version());
        return true;
    }

    private List<Versioned<Consultation>> linkedConsultations(ClientId client) {
        return QueryResults.versioned(store, OwnedQuery.consultations(client));
    }

    private static Map<RecordKind<?, ?>, Integer> ordered(Map<RecordKind<?, ?>, Integer> counts) {
        Map<RecordKind<?, ?>, Integer> ordered = new LinkedHashMap<>();
        for (RecordKind<?, ?> kind : RecordKind.all()) {
            Integer n = counts.get(kind);
            if (n != null && n > 0) {
                ordered.put(kind, n);
            }
        }
        return ordered;
    }

    /** The writes of one unit of work, with the number of changed records per kind; not thread-safe. */
    private static final class Unit {

        private final List<Write<?, ?>> writes = new ArrayList<>();
        private final Map<RecordKind<?, ?>, Integer> counts = new HashMap<>();

        /** A write that changes a record (or inserts one, with version 0); counted. */
        <I, R> void change(RecordKind<I, R> kind, R record, long expectedVersion) {
            change(writes.size(), kind, record, expectedVersion);
        }

        <I, R> void change(int position, RecordKind<I, R> kind, R record, long expectedVersion) {
            writes.add(position, new Write<>(kind, record, expectedVersion));
            counts.merge(kind, 1, Integer::sum);
        }

        /**
         * A write that is not counted: of an unchanged record, only so that its version guards the
         * unit, or of a change record losing its reason.
         */
        <I, R> void guard(int position, RecordKind<I, R> kind, R record, long expectedVersion) {
            writes.add(position, new Write<>(kind, record, expectedVersion));
        }

        int size() {
            return writes.size();
        }

        boolean isEmpty() {
            return writes.isEmpty();
        }

        int changes() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
