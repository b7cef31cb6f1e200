package io.github.ankommen.network;

import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * When a contact point receives clients: weekly slots and dated closures, in one time zone.
 *
 * <p><b>Semantics.</b> Slots are local wall-clock times in {@code zone}. An instant {@code t} is
 * <em>in</em> a slot if, in {@code zone}, {@code t} falls on the slot's day of the week at a local
 * time {@code opens <= time < closes}, and its local date is not covered by a closure. Across
 * daylight-saving changes this means: on the spring-forward day (Europe/Berlin: the last Sunday of
 * March, 02:00 → 03:00) a slot lasts an hour less if it spans 02:00, and a slot lying wholly
 * between 02:00 and 03:00 does not happen at all; on the fall-back day (the last Sunday of October,
 * 03:00 → 02:00) a slot spanning 02:00–03:00 lasts an hour longer, because those local times occur
 * twice.
 *
 * <p><b>Walk-in and appointments.</b> {@link #isOpenAt(Instant)} and {@link #nextOpening(Instant)}
 * answer for walk-in consultation, slots of kind {@link SlotKind#OPEN}. An appointment-only slot does
 * not make the site "open"; ask about it with {@link #isOpenAt(Instant, SlotKind)} and
 * {@link #nextOpening(Instant, SlotKind)}.
 *
 * <p><b>Rules.</b> Slots on the same day must not overlap, whatever their kinds (path
 * {@code weeklySlotsDisjoint}); slots that only touch are fine. Closures may overlap one another.
 * This class is immutable and thread-safe.
 *
 * @param zone the time zone of the slots and closure dates, not null
 * @param weeklySlots the weekly slots, no nulls, none overlapping; may be empty
 * @param closures the dated closures, no nulls; may be empty
 * @since 0.1.0
 */
public record OpeningHours(
        @NotNull ZoneId zone,
        @NotNull List<@NotNull WeeklySlot> weeklySlots,
        @NotNull List<@NotNull Closure> closures) {

    /** The default time zone of a network: {@code Europe/Berlin}. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Berlin");

    /**
     * Creates opening hours.
     *
     * @param zone the time zone, not null
     * @param weeklySlots the weekly slots, not null, no nulls, none overlapping
     * @param closures the closures, not null, no nulls
     * @throws jakarta.validation.ConstraintViolationException if a component or element is null or
     *     two slots overlap
     */
    public OpeningHours(ZoneId zone, List<WeeklySlot> weeklySlots, List<Closure> closures) {
        this.zone = zone;
        this.weeklySlots = FrozenCollections.copyOf(weeklySlots);
        this.closures = FrozenCollections.copyOf(closures);
        RecordValidation.valid(this);
    }

    /**
     * Obtains opening hours in the default zone, Europe/Berlin.
     *
     * @param weeklySlots the weekly slots, not null, no nulls, none overlapping
     * @param closures the closures, not null, no nulls
     * @return the opening hours
     * @throws jakarta.validation.ConstraintViolationException if a list or element is null or two
     *     slots overlap
     */
    public static OpeningHours of(List<WeeklySlot> weeklySlots, List<Closure> closures) {
        return new OpeningHours(DEFAULT_ZONE, weeklySlots, closures);
    }

    /**
     * Obtains opening hours without any slot, in the default zone: for a site not yet open.
     *
     * @return opening hours that are never open
     */
    public static OpeningHours none() {
        return new OpeningHours(DEFAULT_ZONE, List.of(), List.of());
    }

    /**
     * Returns a copy with one more closure.
     *
     * @param closure the closure to add, not null
     * @return the altered copy
     * @throws jakarta.validation.ConstraintViolationException if the closure is null
     */
    public OpeningHours withClosure(Closure closure) {
        List<Closure> more = new ArrayList<>(closures);
        more.add(closure);
        return new OpeningHours(zone, weeklySlots, more);
    }

    /**
     * Returns a copy with other weekly slots.
     *
     * @param weeklySlots the weekly slots, not null, no nulls, none overlapping
     * @return the altered copy
     * @throws jakarta.validation.ConstraintViolationException if the slots are invalid
     */
    public OpeningHours withWeeklySlots(List<WeeklySlot> weeklySlots) {
        return new OpeningHours(zone, weeklySlots, closures);
    }

    /**
     * Returns a copy in another time zone; slots keep their local times.
     *
     * @param zone the time zone, not null
     * @return the altered copy
     * @throws jakarta.validation.ConstraintViolationException if the zone is null
     */
    public OpeningHours withZone(ZoneId zone) {
        return new OpeningHours(zone, weeklySlots, closures);
    }

    /**
     * Asks whether a local date is closed by a closure.
     *
     * @param date the local date in {@code zone}, not null
     * @return true if some closure covers it
     * @throws NullPointerException if the date is null
     */
    public boolean isClosedOn(LocalDate date) {
        Objects.requireNonNull(date, "date must not be null");
        return closures.stream().anyMatch(c -> c.covers(date));
    }

    /**
     * Asks whether clients can walk in at an instant: it lies in a slot of kind
     * {@link SlotKind#OPEN} and its local date is not closed.
     *
     * @param instant the instant, not null
     * @return true if open for walk-in consultation
     * @throws NullPointerException if the instant is null
     */
    public boolean isOpenAt(Instant instant) {
        return isOpenAt(instant, SlotKind.OPEN);
    }

    /**
     * Asks whether an instant lies in a slot of a kind, on a day that is not closed.
     *
     * @param instant the instant, not null
     * @param kind the kind of slot, not null; {@link SlotKind#APPOINTMENT_ONLY} asks about
     *     appointment hours
     * @return true if such a slot covers the instant
     * @throws NullPointerException if an argument is null
     */
    public boolean isOpenAt(Instant instant, SlotKind kind) {
        return isOpenAt(instant, kind, date -> true);
    }

    /**
     * The earliest instant at or after {@code from} at which clients can walk in.
     *
     * <p>If the site is open at {@code from}, that is {@code from} itself. Otherwise it is the start of
     * the next slot of kind {@link SlotKind#OPEN} on a day that is not closed, as a real instant:
     * a slot opening at 02:30 on the spring-forward day starts at 03:00 local time, the first moment
     * the clock shows a time inside the slot.
     *
     * @param from the instant to search from, not null
     * @return the next opening, or empty if the site never opens again (no such slot, or an
     *     open-ended closure)
     * @throws NullPointerException if the instant is null
     */
    public Optional<Instant> nextOpening(Instant from) {
        return nextOpening(from, SlotKind.OPEN);
    }

    /**
     * The earliest instant at or after {@code from} that lies in a slot of a kind on a day that is
     * not closed; see {@link #nextOpening(Instant)}.
     *
     * @param from the instant to search from, not null
     * @param kind the kind of slot, not null
     * @return that instant, or empty if there is none
     * @throws NullPointerException if an argument is null
     */
    public Optional<Instant> nextOpening(Instant from, SlotKind kind) {
        return nextOpening(from, kind, date -> true, null);
    }

    /** As {@link #isOpenAt(Instant, SlotKind)}, open only on local dates that pass {@code day}. */
    boolean isOpenAt(Instant instant, SlotKind kind, Predicate<LocalDate> day) {
        Objects.requireNonNull(instant, "instant must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        LocalDate date = local.toLocalDate();
        return weeklySlots.stream()
                .anyMatch(s -> s.kind() == kind && s.day() == date.getDayOfWeek() && s.contains(local.toLocalTime()))
                && !isClosedOn(date) && day.test(date);
    }

    /**
     * As {@link #nextOpening(Instant, SlotKind)}, open only on local dates that pass {@code day}.
     * {@code day} may change its answer only on or before {@code lastChange}; after it, it must
     * answer the same for every date.
     */
    Optional<Instant> nextOpening(Instant from, SlotKind kind, Predicate<LocalDate> day, LocalDate lastChange) {
        if (isOpenAt(from, kind, day)) {
            return Optional.of(from);
        }
        List<WeeklySlot> slots = weeklySlots.stream().filter(s -> s.kind() == kind).toList();
        if (slots.isEmpty()) {
            return Optional.empty();
        }
        LocalDate start = LocalDate.ofInstant(from, zone);
        // After the horizon nothing changes any more but the clock: the week repeats.
        LocalDate horizon = start;
        if (lastChange != null && lastChange.isAfter(horizon)) {
            horizon = lastChange;
        }
        for (Closure c : closures) {
            LocalDate end = c.period().end() == null ? c.period().start() : c.period().end();
            if (end.isAfter(horizon)) {
                horizon = end;
            }
        }
        // Two weeks, not one: a clock change may swallow a slot in the first week (02:30 on the
        // spring-forward Sunday), and a week later it is there again.
        horizon = horizon.plusDays(15);
        ZoneRules rules = zone.getRules();
        Instant best = null;
        // One day back: a few zones move the clock back across midnight.
        for (LocalDate date = start.minusDays(1); !date.isAfter(horizon); date = date.plusDays(1)) {
            if (best != null && date.isAfter(LocalDate.ofInstant(best, zone).plusDays(1))) {
                break;
            }
            LocalDate closedUntil = closedUntil(date);
            if (closedUntil == LocalDate.MAX) {
                break;
            }
            if (closedUntil != null) {
                date = closedUntil;
                continue;
            }
            for (WeeklySlot slot : slots) {
                if (slot.day() != date.getDayOfWeek()) {
                    continue;
                }
                for (Instant candidate : entries(rules, date, slot)) {
                    if (candidate.isAfter(from) && (best == null || candidate.isBefore(best))
                            && isOpenAt(candidate, kind, day)) {
                        best = candidate;
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The last day of the closures that cover a date, following closures that continue each
     * other: {@code null} if the date is not closed, {@link LocalDate#MAX} if it is closed for good.
     */
    private LocalDate closedUntil(LocalDate date) {
        LocalDate last = null;
        LocalDate probe = date;
        boolean extended = true;
        while (extended) {
            extended = false;
            for (Closure c : closures) {
                if (c.covers(probe)) {
                    if (c.period().end() == null) {
                        return LocalDate.MAX;
                    }
                    if (last == null || c.period().end().isAfter(last)) {
                        last = c.period().end();
                        probe = last.plusDays(1);
                        extended = true;
                    }
                }
            }
        }
        return last;
    }

    /**
     * The instants at which the local clock may enter a slot on a date: each occurrence of its
     * opening time, the end of a gap that swallows the opening time, and every clock change
     * near that date (falling back can put the clock inside the slot again).
     */
    private List<Instant> entries(ZoneRules rules, LocalDate date, WeeklySlot slot) {
        List<Instant> entries = new ArrayList<>();
        LocalDateTime opens = date.atTime(slot.opens());
        List<ZoneOffset> offsets = rules.getValidOffsets(opens);
        for (ZoneOffset offset : offsets) {
            entries.add(opens.toInstant(offset));
        }
        Instant dayStart = date.atStartOfDay().toInstant(ZoneOffset.MAX);
        Instant dayEnd = date.plusDays(1).atStartOfDay().toInstant(ZoneOffset.MIN);
        ZoneOffsetTransition transition = rules.nextTransition(dayStart);
        while (transition != null && transition.getInstant().isBefore(dayEnd)) {
            entries.add(transition.getInstant());
            transition = rules.nextTransition(transition.getInstant());
        }
        return entries;
    }

    @AssertTrue(message = "{io.github.ankommen.network.OpeningHours.weeklySlotsDisjoint.message}")
    private boolean isWeeklySlotsDisjoint() {
        if (weeklySlots == null) {
            return true;
        }
        List<WeeklySlot> slots = weeklySlots.stream().filter(Objects::nonNull).toList();
        for (int i = 0; i < slots.size(); i++) {
            for (int j = i + 1; j < slots.size(); j++) {
                if (slots.get(i).overlaps(slots.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }
}
