package io.github.ankommen.network;

import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Set;

/**
 * An offer (<i>Angebot</i>): something a client can be referred to, such as the Jobcenter's
 * placement service, an integration course or a sports club's training for newcomers.
 *
 * <p>An offer names the districts it serves explicitly; a city-wide offer lists every district of
 * the network. The eligibility notes are free text and are left out of {@link #toString()}.
 * This class is immutable and thread-safe.
 *
 * @param id the offer's id, not null
 * @param name its name, not blank, at most 200 characters
 * @param organisation the organisation that offers it, not null
 * @param category what it helps with, not null
 * @param languages the languages it is available in, at least one
 * @param districts the districts it serves, at least one
 * @param eligibility who may use it, or null; not blank, at most 1000 characters
 * @param capacity whether it can take more clients, not null
 * @param howToRefer how to refer a client, not null
 * @param location where the offer takes place, or null if it has no place of its own (it is then
 *     given at the organisation's sites or where the client is)
 * @since 0.1.0
 */
public record Offer(
        @NotNull OfferId id,
        @NotBlank @Size(max = 200) String name,
        @NotNull Organisation organisation,
        @NotNull Category category,
        @NotEmpty Set<@NotNull Language> languages,
        @NotEmpty Set<@NotNull District> districts,
        @Size(max = 1000) @Pattern(regexp = "(?s).*\\S.*", message = "{jakarta.validation.constraints.NotBlank.message}")
        String eligibility,
        @NotNull Capacity capacity,
        @NotNull ReferralChannel howToRefer,
        Address location) {

    /**
     * Creates an offer.
     *
     * @param id the offer's id, not null
     * @param name its name, not blank, at most 200 characters
     * @param organisation the organisation that offers it, not null
     * @param category what it helps with, not null
     * @param languages at least one, no nulls
     * @param districts at least one, no nulls
     * @param eligibility who may use it, or null; not blank, at most 1000 characters
     * @param capacity whether it can take more clients, not null
     * @param howToRefer how to refer a client, not null
     * @param location where the offer takes place, or null
     * @throws jakarta.validation.ConstraintViolationException if a component is missing, blank,
     *     empty or too long
     */
    public Offer(OfferId id, String name, Organisation organisation, Category category, Set<Language> languages,
            Set<District> districts, String eligibility, Capacity capacity, ReferralChannel howToRefer,
            Address location) {
        this.id = id;
        this.name = name;
        this.organisation = organisation;
        this.category = category;
        this.languages = FrozenCollections.copyOf(languages);
        this.districts = FrozenCollections.copyOf(districts);
        this.eligibility = eligibility;
        this.capacity = capacity;
        this.howToRefer = howToRefer;
        this.location = location;
        RecordValidation.valid(this);
    }

    /**
     * Creates an offer without a place of its own.
     *
     * @param id the offer's id, not null
     * @param name the offer's name, not blank, at most 200 characters
     * @param organisation who provides it, not null
     * @param category what kind of offer it is, not null
     * @param languages the languages it is available in, not empty, without nulls
     * @param districts the districts it serves, not empty, without nulls
     * @param eligibility who may use it, or null; not blank, at most 1000 characters
     * @param capacity whether it can take more clients, not null
     * @param howToRefer how to refer a client, not null
     * @throws jakarta.validation.ConstraintViolationException if a component is missing, blank,
     *     empty or too long
     */
    public Offer(OfferId id, String name, Organisation organisation, Category category, Set<Language> languages,
            Set<District> districts, String eligibility, Capacity capacity, ReferralChannel howToRefer) {
        this(id, name, organisation, category, languages, districts, eligibility, capacity, howToRefer, null);
    }

    /**
     * Asks whether the offer serves a district.
     *
     * @param district the district, not null
     * @return true if it is one of {@link #districts()}
     * @throws NullPointerException if the district is null
     */
    public boolean serves(District district) {
        Objects.requireNonNull(district, "district must not be null");
        return districts.contains(district);
    }

    /**
     * Asks whether the offer is available in a language.
     *
     * @param language the language, not null
     * @return true if it is one of {@link #languages()}
     * @throws NullPointerException if the language is null
     */
    public boolean isAvailableIn(Language language) {
        Objects.requireNonNull(language, "language must not be null");
        return languages.contains(language);
    }

    /**
     * Returns a copy with another capacity.
     *
     * @param capacity the capacity, not null
     * @return the altered copy
     * @throws jakarta.validation.ConstraintViolationException if the capacity is null
     */
    public Offer withCapacity(Capacity capacity) {
        return new Offer(id, name, organisation, category, languages, districts, eligibility, capacity, howToRefer,
                location);
    }

    /**
     * Returns a copy that takes place at an address.
     *
     * @param location where the offer takes place, or null for no place of its own
     * @return the altered offer
     */
    public Offer withLocation(Address location) {
        return new Offer(id, name, organisation, category, languages, districts, eligibility, capacity, howToRefer,
                location);
    }

    /**
     * Returns the id, name, organisation's id, category and capacity status; no free text and no
     * contact person.
     *
     * @return for example {@code Offer[id=offer-jobcenter, name=..., organisation=jobcenter-dortmund, category=WORK, capacity=HAS_CAPACITY]}
     */
    @Override
    public String toString() {
        return "Offer[id=" + id + ", name=" + name + ", organisation=" + organisation.id() + ", category=" + category
                + ", capacity=" + capacity.status() + "]";
    }
}
