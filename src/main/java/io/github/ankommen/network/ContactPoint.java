package io.github.ankommen.network;

import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A contact point (<i>Anlaufstelle</i>): a staffed site that serves one or more districts.
 *
 * <p><b>Rules</b>, each reported as a violation of the named path:
 * <ul>
 *   <li>a non-blank name, an address, channels, a team with staff, opening hours, a phase;</li>
 *   <li>{@code districts}: may be empty (a site still being planned); the same district may not be
 *       listed twice with overlapping validity ({@code districtsDisjoint});</li>
 *   <li>{@code partners}: at least one; an organisation holds each role at most once
 *       ({@code partnersDistinct});</li>
 *   <li>{@code languages}: the languages advice is offered in, at least one;</li>
 *   <li>{@code statusHistory}: at least one change; dates never go backwards
 *       ({@code statusHistoryChronological}); each change after the first is a step the lifecycle
 *       allows ({@code statusHistoryLegal}, see {@link ContactPointStatus}). The first entry may be
 *       any status, so that a site that is already open can be recorded without inventing its past.</li>
 * </ul>
 *
 * <p><b>Status over time.</b> A status applies from its change's date (a local date in the zone of
 * the opening hours) until the next change. {@link #status()} is the latest change, which may lie in
 * the future; {@link #statusOn(LocalDate)} asks for a given day. The site is open only on days on
 * which its status is {@link ContactPointStatus#OPEN}.
 *
 * <p>{@link #toString()} shows the id, name, status and phase, and no personal data. This class is
 * immutable and thread-safe.
 *
 * @param id the contact point's id, not null
 * @param name the site's name, not blank, at most 200 characters, for example "Lokal willkommen Brackel"
 * @param address the site's address, not null
 * @param channels how to reach it, not null
 * @param districts the districts it serves and when, no nulls; may be empty
 * @param partners the partner organisations that operate or staff it, at least one
 * @param team its staff and volunteers, not null
 * @param languages the languages it advises in, at least one
 * @param openingHours its consultation hours, not null
 * @param statusHistory its status changes, oldest first, at least one
 * @param phase the rollout phase it belongs to, not null
 * @since 0.1.0
 */
public record ContactPoint(
        @NotNull ContactPointId id,
        @NotBlank @Size(max = 200) String name,
        @NotNull Address address,
        @NotNull Channels channels,
        @NotNull List<@NotNull ServedDistrict> districts,
        @NotEmpty List<@NotNull Partner> partners,
        @NotNull Team team,
        @NotEmpty Set<@NotNull Language> languages,
        @NotNull OpeningHours openingHours,
        @NotEmpty List<@NotNull StatusChange> statusHistory,
        @NotNull PhaseId phase) {

    /**
     * Creates a contact point.
     *
     * @param id the contact point's id, not null
     * @param name the site's name, not blank, at most 200 characters
     * @param address the site's address, not null
     * @param channels how to reach it, not null
     * @param districts the districts it serves and when, not null, no nulls, no district twice in
     *     overlapping periods
     * @param partners at least one, no nulls, no organisation twice in the same role
     * @param team its team, not null
     * @param languages at least one, no nulls
     * @param openingHours its consultation hours, not null
     * @param statusHistory at least one change, no nulls, oldest first, a legal sequence
     * @param phase the rollout phase, not null
     * @throws jakarta.validation.ConstraintViolationException if any rule above is broken
     */
    public ContactPoint(ContactPointId id, String name, Address address, Channels channels,
            List<ServedDistrict> districts, List<Partner> partners, Team team, Set<Language> languages,
            OpeningHours openingHours, List<StatusChange> statusHistory, PhaseId phase) {
        this.id = id;
        this.name = name;
        this.address = address;
        this.channels = channels;
        this.districts = FrozenCollections.copyOf(districts);
        this.partners = FrozenCollections.copyOf(partners);
        this.team = team;
        this.languages = FrozenCollections.copyOf(languages);
        this.openingHours = openingHours;
        this.statusHistory = FrozenCollections.copyOf(statusHistory);
        this.phase = phase;
        RecordValidation.valid(this);
    }

    /**
     * The current status: that of the latest change.
     *
     * @return the status
     */
    public ContactPointStatus status() {
        return statusHistory.get(statusHistory.size() - 1).status();
    }

    /**
     * The status on a day: that of the latest change dated on or before it.
     *
     * @param date the local date, not null
     * @return the status, or empty before the first change
     * @throws NullPointerException if the date is null
     */
    public Optional<ContactPointStatus> statusOn(LocalDate date) {
        Objects.requireNonNull(date, "date must not be null");
        ContactPointStatus status = null;
        for (StatusChange change : statusHistory) {
            if (!change.date().isAfter(date)) {
                status = change.status();
            }
        }
        return Optional.ofNullable(status);
    }

    /**
     * Asks whether the contact point serves a district on a day, by its districts' validity.
     *
     * @param district the district, not null
     * @param date the day, not null
     * @return true if a served district covers it
     * @throws NullPointerException if an argument is null
     */
    public boolean serves(District district, LocalDate date) {
        Objects.requireNonNull(district, "district must not be null");
        Objects.requireNonNull(date, "date must not be null");
        return districts.stream().anyMatch(d -> d.covers(district, date));
    }

    /**
     * Asks whether the contact point offers advice in a language.
     *
     * @param language the language, not null
     * @return true if it is one of {@link #languages()}
     * @throws NullPointerException if the language is null
     */
    public boolean offers(Language language) {
        Objects.requireNonNull(language, "language must not be null");
        return languages.contains(language);
    }

    /**
     * Asks whether clients can walk in at an instant: the status on that local date is
     * {@link ContactPointStatus#OPEN} and the opening hours are open (see
     * {@link OpeningHours#isOpenAt(Instant)}).
     *
     * @param instant the instant, not null
     * @return true if open for walk-in consultation
     * @throws NullPointerException if the instant is null
     */
    public boolean isOpenAt(Instant instant) {
        return isOpenAt(instant, SlotKind.OPEN);
    }

    /**
     * Asks whether an instant lies in a slot of a kind on a day on which the site is open.
     *
     * @param instant the instant, not null
     * @param kind the kind of slot, not null
     * @return true if such a slot covers it
     * @throws NullPointerException if an argument is null
     */
    public boolean isOpenAt(Instant instant, SlotKind kind) {
        return openingHours.isOpenAt(instant, kind, this::isOpenOn);
    }

    /**
     * The earliest instant at or after {@code from} at which clients can walk in, taking future
     * status changes into account: a site that opens on a later date opens at its first slot on or
     * after that date.
     *
     * @param from the instant to search from, not null
     * @return the next opening, or empty if the site will not open again
     * @throws NullPointerException if the instant is null
     */
    public Optional<Instant> nextOpening(Instant from) {
        return nextOpening(from, SlotKind.OPEN);
    }

    /**
     * The earliest instant at or after {@code from} in a slot of a kind on a day the site is open.
     *
     * @param from the instant to search from, not null
     * @param kind the kind of slot, not null
     * @return that instant, or empty if there is none
     * @throws NullPointerException if an argument is null
     */
    public Optional<Instant> nextOpening(Instant from, SlotKind kind) {
        LocalDate lastChange = statusHistory.get(statusHistory.size() - 1).date();
        return openingHours.nextOpening(from, kind, this::isOpenOn, lastChange);
    }

    /**
     * Returns a copy with a new status, appended to the history.
     *
     * @param status the new status, not null
     * @param date the day from which it applies, not null, not before the latest change
     * @param reason why, not blank, at most 500 characters
     * @return the altered copy
     * @throws IllegalStatusChangeException if the lifecycle does not allow the step from
     *     {@link #status()}
     * @throws jakarta.validation.ConstraintViolationException if an argument is missing or blank
     *     (path of {@link StatusChange}) or the date lies before the latest change (path
     *     {@code statusHistoryChronological})
     */
    public ContactPoint withStatus(ContactPointStatus status, LocalDate date, String reason) {
        StatusChange change = new StatusChange(status, date, reason);
        if (!status().canChangeTo(status)) {
            throw new IllegalStatusChangeException(id, status(), status);
        }
        List<StatusChange> history = new ArrayList<>(statusHistory);
        history.add(change);
        return new ContactPoint(id, name, address, channels, districts, partners, team, languages, openingHours,
                history, phase);
    }

    /**
     * Returns a copy that serves other districts.
     *
     * @param districts the districts and their validity, not null, no nulls, not overlapping
     * @return the altered copy
     * @throws jakarta.validation.ConstraintViolationException if the list is invalid
     */
    public ContactPoint withDistricts(List<ServedDistrict> districts) {
        return new ContactPoint(id, name, address, channels, districts, partners, team, languages, openingHours,
                statusHistory, phase);
    }

    /**
     * Returns a copy with another team.
     *
     * @param team the team, not null
     * @return the altered copy
     * @throws jakarta.validation.ConstraintViolationException if the team is null
     */
    public ContactPoint withTeam(Team team) {
        return new ContactPoint(id, name, address, channels, districts, partners, team, languages, openingHours,
                statusHistory, phase);
    }

    /**
     * Returns a copy with other partners.
     *
     * @param partners at least one, no nulls, no organisation twice in the same role
     * @return the altered copy
     * @throws jakarta.validation.ConstraintViolationException if the list is invalid
     */
    public ContactPoint withPartners(List<Partner> partners) {
        return new ContactPoint(id, name, address, channels, districts, partners, team, languages, openingHours,
                statusHistory, phase);
    }

    /**
     * Returns a copy that advises in other languages.
     *
     * @param languages at least one, no nulls
     * @return the altered copy
     * @throws jakarta.validation.ConstraintViolationException if the set is invalid
     */
    public ContactPoint withLanguages(Set<Language> languages) {
        return new ContactPoint(id, name, address, channels, districts, partners, team, languages, openingHours,
                statusHistory, phase);
    }

    /**
     * Returns a copy with other opening hours.
     *
     * @param openingHours the opening hours, not null
     * @return the altered copy
     * @throws jakarta.validation.ConstraintViolationException if the opening hours are null
     */
    public ContactPoint withOpeningHours(OpeningHours openingHours) {
        return new ContactPoint(id, name, address, channels, districts, partners, team, languages, openingHours,
                statusHistory, phase);
    }

    /**
     * Returns a copy with other channels.
     *
     * @param channels the channels, not null
     * @return the altered copy
     * @throws jakarta.validation.ConstraintViolationException if the channels are null
     */
    public ContactPoint withChannels(Channels channels) {
        return new ContactPoint(id, name, address, channels, districts, partners, team, languages, openingHours,
                statusHistory, phase);
    }

    /**
     * Returns the id, name, current status and phase; never team members' names or free text.
     *
     * @return for example {@code ContactPoint[id=cp-brackel, name=Lokal willkommen Brackel, status=OPEN, phase=pilot-2016]}
     */
    @Override
    public String toString() {
        return "ContactPoint[id=" + id + ", name=" + name + ", status=" + status() + ", phase=" + phase + "]";
    }

    private boolean isOpenOn(LocalDate date) {
        return statusOn(date).orElse(null) == ContactPointStatus.OPEN;
    }

    @AssertTrue(message = "{io.github.ankommen.network.ContactPoint.districtsDisjoint.message}")
    private boolean isDistrictsDisjoint() {
        if (districts == null) {
            return true;
        }
        List<ServedDistrict> served = districts.stream().filter(Objects::nonNull).toList();
        for (int i = 0; i < served.size(); i++) {
            for (int j = i + 1; j < served.size(); j++) {
                if (served.get(i).district().equals(served.get(j).district())
                        && served.get(i).validity().overlaps(served.get(j).validity())) {
                    return false;
                }
            }
        }
        return true;
    }

    @AssertTrue(message = "{io.github.ankommen.network.ContactPoint.partnersDistinct.message}")
    private boolean isPartnersDistinct() {
        if (partners == null) {
            return true;
        }
        Set<List<Object>> seen = new HashSet<>();
        return partners.stream().filter(Objects::nonNull).allMatch(p -> seen.add(List.of(p.organisation(), p.role())));
    }

    @AssertTrue(message = "{io.github.ankommen.network.ContactPoint.statusHistoryChronological.message}")
    private boolean isStatusHistoryChronological() {
        if (statusHistory == null) {
            return true;
        }
        LocalDate previous = null;
        for (StatusChange change : statusHistory) {
            if (change != null) {
                if (previous != null && change.date().isBefore(previous)) {
                    return false;
                }
                previous = change.date();
            }
        }
        return true;
    }

    @AssertTrue(message = "{io.github.ankommen.network.ContactPoint.statusHistoryLegal.message}")
    private boolean isStatusHistoryLegal() {
        if (statusHistory == null) {
            return true;
        }
        ContactPointStatus previous = null;
        for (StatusChange change : statusHistory) {
            if (change != null) {
                if (previous != null && !previous.canChangeTo(change.status())) {
                    return false;
                }
                previous = change.status();
            }
        }
        return true;
    }
}
