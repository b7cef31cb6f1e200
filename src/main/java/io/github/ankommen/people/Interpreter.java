package io.github.ankommen.people;

import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.Language;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An interpreter (language mediator, <i>Sprachmittler:in</i>) in the pool of the network or of some
 * contact points: the languages they interpret, how they work, whether professionally, and when
 * they are available.
 *
 * <p>An interpreter with no contact points serves the whole network. The display name is personal
 * data and is left out of {@link #toString()}. This class is immutable and thread-safe.
 *
 * @param id the interpreter's id, not null
 * @param contactPoints the contact points whose pool they belong to, no nulls; empty for the whole network
 * @param displayName the name shown to colleagues, not blank, at most 200 characters
 * @param languages the languages they interpret from and into German, at least one
 * @param modes in person, by phone, by video; at least one
 * @param professional true for a paid professional, false for a volunteer
 * @param availability when they are available each week, no nulls; may be empty
 * @since 0.1.0
 */
public record Interpreter(
        @NotNull InterpreterId id,
        @NotNull Set<@NotNull ContactPointId> contactPoints,
        @NotBlank @Size(max = 200) String displayName,
        @NotEmpty Set<@NotNull Language> languages,
        @NotEmpty Set<@NotNull InterpretingMode> modes,
        boolean professional,
        @NotNull List<@NotNull Availability> availability) {

    /**
     * Creates a pool entry.
     *
     * @param id the id, not null
     * @param contactPoints the contact points, not null, no nulls; empty for the whole network
     * @param displayName the name, not blank, at most 200 characters
     * @param languages the languages, at least one, no nulls
     * @param modes the modes, at least one, no nulls
     * @param professional whether paid
     * @param availability the weekly availability, not null, no nulls
     * @throws jakarta.validation.ConstraintViolationException if a component is missing, blank,
     *     too long or empty
     */
    public Interpreter(InterpreterId id, Set<ContactPointId> contactPoints, String displayName, Set<Language> languages,
            Set<InterpretingMode> modes, boolean professional, List<Availability> availability) {
        this.id = id;
        this.contactPoints = FrozenCollections.copyOf(contactPoints);
        this.displayName = displayName;
        this.languages = FrozenCollections.copyOf(languages);
        this.modes = FrozenCollections.copyOf(modes);
        this.professional = professional;
        this.availability = FrozenCollections.copyOf(availability);
        RecordValidation.valid(this);
    }

    /**
     * Asks whether the interpreter serves a contact point: its pool, or the network's.
     *
     * @param contactPoint the contact point, not null
     * @return true if they belong to the network's pool or to the contact point's
     * @throws NullPointerException if the contact point is null
     */
    public boolean serves(ContactPointId contactPoint) {
        Objects.requireNonNull(contactPoint, "contactPoint must not be null");
        return contactPoints.isEmpty() || contactPoints.contains(contactPoint);
    }

    /**
     * Asks whether the interpreter can interpret a language at a contact point for a stretch of
     * local time, in a mode.
     *
     * @param language the language, not null
     * @param contactPoint the contact point, not null
     * @param start the local start, not null
     * @param length how long, not null
     * @param mode how; null if any mode will do
     * @return true if they serve the contact point, interpret the language, work in the mode and are
     *     available for the whole time
     * @throws NullPointerException if a required argument is null
     */
    public boolean canInterpret(Language language, ContactPointId contactPoint, LocalDateTime start, Duration length,
            InterpretingMode mode) {
        Objects.requireNonNull(language, "language must not be null");
        return serves(contactPoint) && languages.contains(language) && (mode == null || modes.contains(mode))
                && availability.stream().anyMatch(a -> a.covers(start, length));
    }

    /**
     * Returns the ids, languages, modes and availability, without the name.
     *
     * @return for example {@code Interpreter[id=int-1, contactPoints=[], languages=[ti], ...]}
     */
    @Override
    public String toString() {
        return "Interpreter[id=" + id + ", contactPoints=" + contactPoints + ", languages=" + languages + ", modes="
                + modes + ", professional=" + professional + ", availability=" + availability + "]";
    }
}
