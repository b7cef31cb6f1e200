package io.github.ankommen.network;

import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A network with its contact points and offers: the directory the queries of this package run on.
 *
 * <p><b>Rules.</b> Violations of these are reported as a
 * {@link jakarta.validation.ConstraintViolationException} with the named path:
 * contact point ids are unique ({@code contactPointIdsUnique}), and so are offer ids
 * ({@code offerIdsUnique}); every contact point's phase is a phase of the network
 * ({@code contactPointPhasesKnown}); every district a contact point or an offer serves is a district
 * of the network ({@code servedDistrictsInNetwork}, {@code offerDistrictsInNetwork}); every
 * contact point's opening hours are in the network's time zone ({@code openingHoursInNetworkZone}).
 * Once those hold, no two contact points may serve the same district in overlapping periods: that
 * is a {@link DistrictConflictException} naming both.
 *
 * <p><b>Order.</b> Every list a query returns keeps the order in which the directory holds its
 * contact points and offers; {@link #growth()} orders phases by year, then as the network lists
 * them. This class is immutable and thread-safe.
 *
 * @param network the network, not null
 * @param contactPoints its contact points, no nulls
 * @param offers the offers its contact points refer to, no nulls
 * @since 0.1.0
 */
public record Directory(
        @NotNull Network network,
        @NotNull List<@NotNull ContactPoint> contactPoints,
        @NotNull List<@NotNull Offer> offers) {

    /**
     * Creates a directory.
     *
     * @param network the network, not null
     * @param contactPoints not null, no nulls, keeping the rules above
     * @param offers not null, no nulls, keeping the rules above
     * @throws jakarta.validation.ConstraintViolationException if a rule above is broken
     * @throws DistrictConflictException if two contact points serve a district on the same day
     */
    public Directory(Network network, List<ContactPoint> contactPoints, List<Offer> offers) {
        this.network = network;
        this.contactPoints = FrozenCollections.copyOf(contactPoints);
        this.offers = FrozenCollections.copyOf(offers);
        RecordValidation.valid(this);
        // Conflicts are checked on valid input only, so that bad input is reported as such first.
        for (int i = 0; i < this.contactPoints.size(); i++) {
            for (int j = i + 1; j < this.contactPoints.size(); j++) {
                conflict(this.contactPoints.get(i), this.contactPoints.get(j));
            }
        }
    }

    /**
     * RecordValidation that a contact point serves no district that another serves on the same day. A
     * storage-backed service calls this before it saves a contact point.
     *
     * <p>Contact points in {@code others} with the candidate's id are skipped: they are earlier
     * versions of the candidate.
     *
     * @param candidate the contact point to check, not null
     * @param others the contact points it must not conflict with, not null, no nulls
     * @throws DistrictConflictException for the first conflict found; {@code first()} is the
     *     contact point from {@code others}, {@code second()} the candidate
     * @throws NullPointerException if an argument or an element of {@code others} is null
     */
    public static void checkNoConflict(ContactPoint candidate, Collection<ContactPoint> others) {
        Objects.requireNonNull(candidate, "candidate must not be null");
        Objects.requireNonNull(others, "others must not be null");
        for (ContactPoint other : others) {
            Objects.requireNonNull(other, "others must not contain null");
            if (!other.id().equals(candidate.id())) {
                conflict(other, candidate);
            }
        }
    }

    private static void conflict(ContactPoint first, ContactPoint second) {
        for (ServedDistrict a : first.districts()) {
            for (ServedDistrict b : second.districts()) {
                if (a.district().equals(b.district())) {
                    Optional<ValidityPeriod> common = a.validity().intersection(b.validity());
                    if (common.isPresent()) {
                        throw new DistrictConflictException(a.district(), first.id(), second.id(), common.get());
                    }
                }
            }
        }
    }

    /**
     * Finds a contact point by id.
     *
     * @param id the id, not null
     * @return the contact point, or empty
     * @throws NullPointerException if the id is null
     */
    public Optional<ContactPoint> contactPoint(ContactPointId id) {
        Objects.requireNonNull(id, "id must not be null");
        return contactPoints.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * Finds an offer by id.
     *
     * @param id the id, not null
     * @return the offer, or empty
     * @throws NullPointerException if the id is null
     */
    public Optional<Offer> offer(OfferId id) {
        Objects.requireNonNull(id, "id must not be null");
        return offers.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /**
     * The contact point that serves a district on a day. There is at most one, by the directory's
     * rules. Status is not considered: a site serves its districts by its validity periods, so a
     * closed site should have its periods ended.
     *
     * @param district the district, not null
     * @param date the day, not null
     * @return the contact point, or empty if none serves the district that day
     * @throws NullPointerException if an argument is null
     */
    public Optional<ContactPoint> servingContactPoint(District district, LocalDate date) {
        Objects.requireNonNull(district, "district must not be null");
        Objects.requireNonNull(date, "date must not be null");
        return contactPoints.stream().filter(c -> c.serves(district, date)).findFirst();
    }

    /**
     * The contact points that offer advice in a language, whatever their status.
     *
     * @param language the language, not null
     * @return those contact points, in directory order
     * @throws NullPointerException if the language is null
     */
    public List<ContactPoint> offering(Language language) {
        Objects.requireNonNull(language, "language must not be null");
        return contactPoints.stream().filter(c -> c.offers(language)).toList();
    }

    /**
     * The offers of a category that serve a district and are available in a language.
     *
     * @param category the category, not null
     * @param district the district, not null
     * @param language the language, not null
     * @return those offers, in directory order
     * @throws NullPointerException if an argument is null
     */
    public List<Offer> offers(Category category, District district, Language language) {
        Objects.requireNonNull(category, "category must not be null");
        Objects.requireNonNull(district, "district must not be null");
        Objects.requireNonNull(language, "language must not be null");
        return offers.stream()
                .filter(o -> o.category() == category && o.serves(district) && o.isAvailableIn(language))
                .toList();
    }

    /**
     * How the network grew: for each rollout phase, its sites, its districts and its status.
     *
     * @return one summary per phase, by year, phases of the same year in network order
     */
    public List<PhaseSummary> growth() {
        List<PhaseSummary> growth = new ArrayList<>();
        network.phases().stream().sorted(Comparator.comparing(RolloutPhase::year)).forEach(phase -> {
            List<ContactPoint> sites = contactPoints.stream().filter(c -> c.phase().equals(phase.id())).toList();
            Set<District> districts = new LinkedHashSet<>(phase.districts());
            sites.forEach(c -> c.districts().forEach(d -> districts.add(d.district())));
            growth.add(new PhaseSummary(phase, sites.stream().map(ContactPoint::id).toList(), districts,
                    phase.status()));
        });
        return List.copyOf(growth);
    }

    /**
     * Returns a copy with a contact point added, or replacing the one with the same id in place.
     *
     * @param contactPoint the contact point, not null
     * @return the altered copy
     * @throws jakarta.validation.ConstraintViolationException if the result breaks a rule
     * @throws DistrictConflictException if it serves a district another serves on the same day
     */
    public Directory withContactPoint(ContactPoint contactPoint) {
        return new Directory(network, replace(contactPoints, contactPoint, c -> c.id().equals(contactPoint.id())),
                offers);
    }

    /**
     * Returns a copy with an offer added, or replacing the one with the same id in place.
     *
     * @param offer the offer, not null
     * @return the altered copy
     * @throws jakarta.validation.ConstraintViolationException if the result breaks a rule
     */
    public Directory withOffer(Offer offer) {
        return new Directory(network, contactPoints, replace(offers, offer, o -> o.id().equals(offer.id())));
    }

    /**
     * Returns the network's id and the number of contact points and offers.
     *
     * @return for example {@code Directory[network=dortmund, contactPoints=6, offers=5]}
     */
    @Override
    public String toString() {
        return "Directory[network=" + network.id() + ", contactPoints=" + contactPoints.size() + ", offers="
                + offers.size() + "]";
    }

    private static <T> List<T> replace(List<T> list, T element, java.util.function.Predicate<T> same) {
        Objects.requireNonNull(element, "element must not be null");
        List<T> copy = new ArrayList<>(list);
        for (int i = 0; i < copy.size(); i++) {
            if (same.test(copy.get(i))) {
                copy.set(i, element);
                return copy;
            }
        }
        copy.add(element);
        return copy;
    }

    @AssertTrue(message = "{io.github.ankommen.network.Directory.contactPointIdsUnique.message}")
    private boolean isContactPointIdsUnique() {
        if (contactPoints == null) {
            return true;
        }
        Set<ContactPointId> seen = new HashSet<>();
        return contactPoints.stream().filter(Objects::nonNull).allMatch(c -> seen.add(c.id()));
    }

    @AssertTrue(message = "{io.github.ankommen.network.Directory.offerIdsUnique.message}")
    private boolean isOfferIdsUnique() {
        if (offers == null) {
            return true;
        }
        Set<OfferId> seen = new HashSet<>();
        return offers.stream().filter(Objects::nonNull).allMatch(o -> seen.add(o.id()));
    }

    @AssertTrue(message = "{io.github.ankommen.network.Directory.contactPointPhasesKnown.message}")
    private boolean isContactPointPhasesKnown() {
        if (network == null || contactPoints == null) {
            return true;
        }
        return contactPoints.stream().filter(Objects::nonNull).allMatch(c -> network.phase(c.phase()).isPresent());
    }

    @AssertTrue(message = "{io.github.ankommen.network.Directory.servedDistrictsInNetwork.message}")
    private boolean isServedDistrictsInNetwork() {
        if (network == null || contactPoints == null) {
            return true;
        }
        return contactPoints.stream().filter(Objects::nonNull).flatMap(c -> c.districts().stream())
                .allMatch(d -> network.districts().contains(d.district()));
    }

    @AssertTrue(message = "{io.github.ankommen.network.Directory.offerDistrictsInNetwork.message}")
    private boolean isOfferDistrictsInNetwork() {
        if (network == null || offers == null) {
            return true;
        }
        return offers.stream().filter(Objects::nonNull).allMatch(o -> network.districts().containsAll(o.districts()));
    }

    @AssertTrue(message = "{io.github.ankommen.network.Directory.openingHoursInNetworkZone.message}")
    private boolean isOpeningHoursInNetworkZone() {
        if (network == null || contactPoints == null) {
            return true;
        }
        return contactPoints.stream().filter(Objects::nonNull)
                .allMatch(c -> c.openingHours().zone().equals(network.zone()));
    }
}
