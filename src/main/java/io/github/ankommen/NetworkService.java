package io.github.ankommen;

import io.github.ankommen.access.Actor;
import io.github.ankommen.access.Operation;
import io.github.ankommen.access.Resource;
import io.github.ankommen.network.Capacity;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.ContactPoint;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.ContactPointStatus;
import io.github.ankommen.network.Directory;
import io.github.ankommen.network.District;
import io.github.ankommen.network.DistrictConflictException;
import io.github.ankommen.network.IllegalStatusChangeException;
import io.github.ankommen.network.Language;
import io.github.ankommen.network.Network;
import io.github.ankommen.network.NetworkId;
import io.github.ankommen.network.Offer;
import io.github.ankommen.network.OfferId;
import io.github.ankommen.network.PhaseSummary;
import io.github.ankommen.network.RolloutPhase;
import io.github.ankommen.network.ServedDistrict;
import io.github.ankommen.storage.ConflictException;
import io.github.ankommen.storage.ContactPointQuery;
import io.github.ankommen.storage.OfferQuery;
import io.github.ankommen.storage.Page;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.RecordNotFoundException;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.UnitOfWork;
import io.github.ankommen.storage.Versioned;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The network as it is stored: registers and changes networks, contact points and offers, and
 * answers the directory's questions from the store's indexes.
 *
 * <p>Obtain it from {@link io.github.ankommen.Ankommen#network()}. Every call names its actor and is
 * checked against the access policy first: reading the directory needs
 * {@link Operation#VIEW_NETWORK}, changing it {@link Operation#MANAGE_NETWORK}; a denied call is
 * recorded and refused with an {@link io.github.ankommen.access.AccessDeniedException} before
 * anything is read or written. A contact point is checked against its network when
 * it is saved: its phase must be one of the network's, the districts it serves must be the
 * network's, its opening hours must be in the network's zone, and no other contact point may serve
 * one of its districts in an overlapping period ({@link DistrictConflictException}). Saving a
 * contact point also writes the network's record again in the same unit of work, so two concurrent
 * saves into one network cannot both pass that check: the second gets a
 * {@link ConflictException} and may retry.
 *
 * <p>This class is thread-safe as long as its store is.
 *
 * @since 0.1.0
 */
public final class NetworkService {

    private static final Logger LOG = LoggerFactory.getLogger(NetworkService.class);

    private final Store store;
    private final Clock clock;
    private final AccessGate gate;
    private final ChangeLog log;
    private final PageCursors cursors;

    NetworkService(Store store, Clock clock, AccessGate gate, ChangeLog log, PageCursors cursors) {
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.gate = Objects.requireNonNull(gate, "gate must not be null");
        this.log = Objects.requireNonNull(log, "log must not be null");
        this.cursors = Objects.requireNonNull(cursors, "cursors must not be null");
    }

    /**
     * Stores a whole directory at once, as one unit of work: the network, its contact points and
     * its offers. Used to seed a store, for example with {@code Dortmund.directory()}.
     *
     * @param actor who stores it, not null
     * @param directory the directory, not null; valid by construction
     * @throws NullPointerException if an argument is null
     * @throws ConflictException if any of its records exists already; nothing is stored
     */
    public void load(Actor actor, Directory directory) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(directory, "directory must not be null");
        manage(actor);
        UnitOfWork.Builder unit = UnitOfWork.builder().insert(RecordKind.NETWORK, directory.network());
        directory.contactPoints().forEach(cp -> unit.insert(RecordKind.CONTACT_POINT, cp));
        directory.offers().forEach(offer -> unit.insert(RecordKind.OFFER, offer));
        log.apply(actor, "load_directory", null, unit);
        LOG.debug("actor {} loaded network {} with {} contact points and {} offers", actor.id(),
                directory.network().id(), directory.contactPoints().size(), directory.offers().size());
    }

    /**
     * Stores a new network.
     *
     * @param actor who stores it, not null
     * @param network the network, not null
     * @return the stored network, version 1
     * @throws NullPointerException if an argument is null
     * @throws ConflictException if a network with its id exists
     */
    public Versioned<Network> add(Actor actor, Network network) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(network, "network must not be null");
        return insert(actor, "add_network", RecordKind.NETWORK, network);
    }

    /**
     * Stores a new contact point in a network.
     *
     * @param actor who stores it, not null
     * @param network the network it belongs to, not null; must be stored
     * @param contactPoint the contact point, not null
     * @return the stored contact point, version 1
     * @throws NullPointerException if an argument is null
     * @throws RecordNotFoundException if the network is not stored
     * @throws jakarta.validation.ConstraintViolationException if the contact point does not fit the
     *     network (its phase, districts or zone)
     * @throws DistrictConflictException if another contact point serves one of its districts in an
     *     overlapping period
     * @throws ConflictException if its id exists, or the network changed concurrently
     */
    public Versioned<ContactPoint> add(Actor actor, NetworkId network, ContactPoint contactPoint) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(network, "network must not be null");
        Objects.requireNonNull(contactPoint, "contactPoint must not be null");
        return save(actor, "add_contact_point", null, network, contactPoint, 0);
    }

    /**
     * Replaces a stored contact point, checked like {@link #add(Actor, NetworkId, ContactPoint)}.
     *
     * @param actor who changes it, not null
     * @param network the network it belongs to, not null
     * @param contactPoint its new state, not null
     * @param expectedVersion the version the caller read, 1 or more
     * @return the stored contact point with its new version
     * @throws NullPointerException if an argument is null
     * @throws RecordNotFoundException if the network is not stored
     * @throws jakarta.validation.ConstraintViolationException if it does not fit the network
     * @throws DistrictConflictException if another contact point serves one of its districts in an
     *     overlapping period
     * @throws ConflictException if the stored version differs, or the network changed concurrently
     */
    public Versioned<ContactPoint> update(Actor actor, NetworkId network, ContactPoint contactPoint,
            long expectedVersion) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(network, "network must not be null");
        Objects.requireNonNull(contactPoint, "contactPoint must not be null");
        if (expectedVersion < 1) {
            throw new IllegalArgumentException("an update expects version 1 or more, not " + expectedVersion);
        }
        return save(actor, "update_contact_point", null, network, contactPoint, expectedVersion);
    }

    /**
     * Changes a contact point's status today, by the service's clock in the network's zone.
     *
     * @param actor who changes it, not null
     * @param network the network it belongs to, not null
     * @param contactPoint the contact point, not null
     * @param status the new status, not null
     * @param reason why, not blank; free text, never logged
     * @return the stored contact point with its new version
     * @throws NullPointerException if an argument is null
     * @throws RecordNotFoundException if the network or the contact point is not stored
     * @throws IllegalStatusChangeException if the lifecycle does not allow the change
     * @throws ConflictException if the contact point or network changed concurrently
     */
    public Versioned<ContactPoint> changeStatus(Actor actor, NetworkId network, ContactPointId contactPoint,
            ContactPointStatus status, String reason) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(network, "network must not be null");
        Objects.requireNonNull(contactPoint, "contactPoint must not be null");
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
        manage(actor);
        Versioned<Network> net = network(network);
        Versioned<ContactPoint> current = store.get(RecordKind.CONTACT_POINT, contactPoint);
        LocalDate today = LocalDate.now(clock.withZone(net.value().zone()));
        ContactPoint changed = current.value().withStatus(status, today, reason);
        return save(actor, "change_status", reason, network, changed, current.version());
    }

    /**
     * Stores a new offer.
     *
     * @param actor who stores it, not null
     * @param offer the offer, not null
     * @return the stored offer, version 1
     * @throws NullPointerException if an argument is null
     * @throws ConflictException if an offer with its id exists
     */
    public Versioned<Offer> add(Actor actor, Offer offer) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(offer, "offer must not be null");
        return insert(actor, "add_offer", RecordKind.OFFER, offer);
    }

    /**
     * Records an offer's capacity: has capacity, waitlist or none.
     *
     * @param actor who records it, not null
     * @param offer the offer, not null
     * @param capacity the capacity, not null
     * @return the stored offer with its new version
     * @throws NullPointerException if an argument is null
     * @throws RecordNotFoundException if the offer is not stored
     * @throws ConflictException if the offer changed concurrently
     */
    public Versioned<Offer> changeCapacity(Actor actor, OfferId offer, Capacity capacity) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(offer, "offer must not be null");
        Objects.requireNonNull(capacity, "capacity must not be null");
        manage(actor);
        Versioned<Offer> current = store.get(RecordKind.OFFER, offer);
        Versioned<Offer> stored = log.update(actor, "change_capacity", null, RecordKind.OFFER,
                current.value().withCapacity(capacity), current.version());
        LOG.debug("actor {} changed the capacity of offer {} to {}", actor.id(), offer, capacity.status());
        return stored;
    }

    /**
     * Finds a contact point.
     *
     * @param actor who asks, not null
     * @param id its id, not null
     * @return the contact point and its version, or empty
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not view the network
     * @throws NullPointerException if the id is null
     */
    public Optional<Versioned<ContactPoint>> contactPoint(Actor actor, ContactPointId id) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(id, "id must not be null");
        view(actor);
        return store.find(RecordKind.CONTACT_POINT, id);
    }

    /**
     * Finds an offer.
     *
     * @param actor who asks, not null
     * @param id its id, not null
     * @return the offer and its version, or empty
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not view the network
     * @throws NullPointerException if the id is null
     */
    public Optional<Versioned<Offer>> offer(Actor actor, OfferId id) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(id, "id must not be null");
        view(actor);
        return store.find(RecordKind.OFFER, id);
    }

    /**
     * Which contact point serves a district on a day.
     *
     * @param actor who asks, not null
     * @param district the district, not null
     * @param date the day, not null
     * @return the contact point, or empty if none serves it then
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not view the network
     * @throws NullPointerException if an argument is null
     */
    public Optional<ContactPoint> servingContactPoint(Actor actor, District district, LocalDate date) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(district, "district must not be null");
        Objects.requireNonNull(date, "date must not be null");
        view(actor);
        Page<Versioned<ContactPoint>> page = store.query(ContactPointQuery.serving(district, date), PageRequest.first(1));
        return page.items().stream().findFirst().map(Versioned::value);
    }

    /**
     * The contact points that offer advice in a language, ordered by id.
     *
     * @param actor who asks, not null
     * @param language the language, not null
     * @param page which page, not null: the first, or the next after a cursor of an earlier page of
     *     the same query and actor from this {@code Ankommen}
     * @return the page
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not view the network
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the page's cursor is forged, or was made for another
     *     query or actor
     */
    public Page<Versioned<ContactPoint>> offering(Actor actor, Language language, PageRequest page) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(language, "language must not be null");
        Objects.requireNonNull(page, "page must not be null");
        view(actor);
        ContactPointQuery query = ContactPointQuery.offering(language);
        return cursors.seal(actor, query, store.query(query, cursors.open(actor, query, page)));
    }

    /**
     * The offers of a category that serve a district in a language, ordered by id.
     *
     * @param actor who asks, not null
     * @param category the category, or null for any
     * @param district the district, or null for any
     * @param language the language, or null for any
     * @param page which page, not null: the first, or the next after a cursor of an earlier page of
     *     the same query and actor from this {@code Ankommen}
     * @return the page
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not view the network
     * @throws NullPointerException if the page is null
     * @throws IllegalArgumentException if the page's cursor is forged, or was made for another
     *     query or actor
     */
    public Page<Versioned<Offer>> offers(Actor actor, Category category, District district, Language language,
            PageRequest page) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(page, "page must not be null");
        view(actor);
        OfferQuery query = OfferQuery.of(category, district, language);
        return cursors.seal(actor, query, store.query(query, cursors.open(actor, query, page)));
    }

    /**
     * The network as a directory: the network, its contact points and the offers serving its
     * districts, read from the store.
     *
     * @param actor who asks, not null
     * @param network the network, not null
     * @return the directory
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not view the network
     * @throws NullPointerException if the id is null
     * @throws RecordNotFoundException if the network is not stored
     */
    public Directory directory(Actor actor, NetworkId network) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(network, "network must not be null");
        view(actor);
        Network net = network(network).value();
        Map<ContactPointId, ContactPoint> contactPoints = new LinkedHashMap<>();
        for (RolloutPhase phase : net.phases()) {
            QueryResults.values(store, ContactPointQuery.all().withPhase(phase.id())).forEach(cp -> contactPoints.put(cp.id(), cp));
        }
        List<Offer> offers = QueryResults.values(store, OfferQuery.all()).stream()
                .filter(o -> net.districts().containsAll(o.districts())).toList();
        return new Directory(net, new ArrayList<>(contactPoints.values()), offers);
    }

    /**
     * How the network grew: for each rollout phase, its sites, districts and status.
     *
     * @param actor who asks, not null
     * @param network the network, not null
     * @return the phases in order of their year
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not view the network
     * @throws NullPointerException if the id is null
     * @throws RecordNotFoundException if the network is not stored
     */
    public List<PhaseSummary> growth(Actor actor, NetworkId network) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(network, "network must not be null");
        return directory(actor, network).growth();
    }

    private Versioned<ContactPoint> save(Actor actor, String action, String reason, NetworkId network,
            ContactPoint contactPoint, long expectedVersion) {
        manage(actor);
        Objects.requireNonNull(contactPoint, "contactPoint must not be null");
        Versioned<Network> net = network(network);
        // The directory's rules: phase, districts and zone fit the network.
        new Directory(net.value(), List.of(contactPoint), List.of());
        for (ServedDistrict served : contactPoint.districts()) {
            Directory.checkNoConflict(contactPoint, QueryResults.values(store, ContactPointQuery.serving(served.district())));
        }
        UnitOfWork.Builder unit = UnitOfWork.builder();
        if (expectedVersion == 0) {
            unit.insert(RecordKind.CONTACT_POINT, contactPoint);
        } else {
            unit.update(RecordKind.CONTACT_POINT, contactPoint, expectedVersion);
        }
        log.apply(actor, action, reason, unit.update(RecordKind.NETWORK, net.value(), net.version()));
        LOG.debug("actor {} saved contact point {} in network {}", actor.id(), contactPoint.id(), network);
        return Versioned.of(contactPoint, expectedVersion + 1);
    }

    private <I, R> Versioned<R> insert(Actor actor, String action, RecordKind<I, R> kind, R record) {
        manage(actor);
        Versioned<R> stored = log.insert(actor, action, null, kind, record);
        LOG.debug("actor {} added {} {}", actor.id(), kind, kind.keyOf(record));
        return stored;
    }

    private void manage(Actor actor) {
        gate.check(actor, Operation.MANAGE_NETWORK, Resource.network());
    }

    private void view(Actor actor) {
        gate.check(actor, Operation.VIEW_NETWORK, Resource.network());
    }

    private Versioned<Network> network(NetworkId id) {
        return store.get(RecordKind.NETWORK, Objects.requireNonNull(id, "network must not be null"));
    }
}
