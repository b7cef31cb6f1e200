package io.github.ankommen;

import io.github.ankommen.access.Actor;
import io.github.ankommen.access.Operation;
import io.github.ankommen.access.Resource;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.Language;
import io.github.ankommen.people.Interpreter;
import io.github.ankommen.people.InterpreterAnswer;
import io.github.ankommen.people.InterpreterRequest;
import io.github.ankommen.people.InterpreterRequestClosedException;
import io.github.ankommen.people.InterpreterRequestId;
import io.github.ankommen.people.InterpretingMode;
import io.github.ankommen.storage.InterpreterQuery;
import io.github.ankommen.storage.OwnedQuery;
import io.github.ankommen.storage.Page;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.Versioned;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Interpreters (<i>Sprachmittlung</i>): the pool of the network and of its contact points, the
 * question "who can interpret Tigrinya at Brackel on Tuesday morning", and requests to
 * interpreters with their answers and deadlines.
 *
 * <p>Obtain it from {@link Ankommen#interpreters()}. Coordinators manage the network's pool;
 * coordinators and the caseworkers of a contact point manage its own interpreters
 * ({@code MANAGE_PEOPLE}), ask who can interpret there ({@code VIEW_PEOPLE}), and request
 * interpreters and record their answers ({@code BOOK_APPOINTMENT}). This class is thread-safe as
 * long as its store is.
 *
 * @since 0.1.0
 */
public final class InterpreterService {

    private static final Logger LOG = LoggerFactory.getLogger(InterpreterService.class);

    private final Store store;
    private final Clock clock;
    private final AccessGate gate;
    private final ChangeLog log;
    private final PageCursors cursors;

    InterpreterService(Store store, Clock clock, AccessGate gate, ChangeLog log, PageCursors cursors) {
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.gate = Objects.requireNonNull(gate, "gate must not be null");
        this.log = Objects.requireNonNull(log, "log must not be null");
        this.cursors = Objects.requireNonNull(cursors, "cursors must not be null");
    }

    /**
     * Stores an interpreter of the pool, or replaces one.
     *
     * @param actor who stores it, not null; for the network's pool a coordinator
     * @param interpreter the interpreter, not null
     * @return the stored interpreter and its version
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not manage the people
     *     of every contact point the interpreter serves, or of the network
     */
    public Versioned<Interpreter> save(Actor actor, Interpreter interpreter) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(interpreter, "interpreter must not be null");
        Versioned<Interpreter> current = store.find(RecordKind.INTERPRETER, interpreter.id()).orElse(null);
        checkManage(actor, interpreter);
        if (current != null) {
            checkManage(actor, current.value());
        }
        Versioned<Interpreter> stored = current == null
                ? log.insert(actor, "save_interpreter", null, RecordKind.INTERPRETER, interpreter)
                : log.update(actor, "save_interpreter", null, RecordKind.INTERPRETER, interpreter, current.version());
        LOG.debug("actor {} saved interpreter {}", actor.id(), interpreter.id());
        return stored;
    }

    /**
     * Who can interpret a language at a contact point for a stretch of local time: the interpreters of
     * its pool or the network's who interpret the language, work in the mode and are available then,
     * and are not confirmed or asked for another request at that contact point at an overlapping time.
     *
     * @param actor who asks, not null
     * @param contactPoint the contact point, not null
     * @param language the language, not null
     * @param start the local start, not null
     * @param length how long, not null
     * @param mode how; null if any mode will do
     * @return the interpreters, professionals first, then by id
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not view the people
     *     of the contact point
     */
    public List<Interpreter> whoCanInterpret(Actor actor, ContactPointId contactPoint, Language language,
            LocalDateTime start, Duration length, InterpretingMode mode) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(contactPoint, "contactPoint must not be null");
        Objects.requireNonNull(language, "language must not be null");
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(length, "length must not be null");
        Objects.requireNonNull(language, "language must not be null");
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(length, "length must not be null");
        gate.check(actor, Operation.VIEW_PEOPLE, Resource.at(contactPoint));
        Instant now = clock.instant();
        List<InterpreterRequest> taken = QueryResults.values(store, OwnedQuery.interpreterRequests(contactPoint))
                .stream().filter(r -> !r.isUnmetAt(now) && overlaps(r, start, length)).toList();
        return QueryResults.values(store, InterpreterQuery.of(language)).stream()
                .filter(i -> i.canInterpret(language, contactPoint, start, length, mode))
                .filter(i -> taken.stream().noneMatch(r -> r.interpreter().equals(i.id())))
                .sorted((a, b) -> Boolean.compare(b.professional(), a.professional()))
                .toList();
    }

    /**
     * Requests an interpreter. The service records the calling actor and the time as who asked and
     * when, and the answer as pending, whatever the given record says.
     *
     * @param actor who asks, not null
     * @param request the request, not null; its deadline after now
     * @return the stored request, version 1
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not book at the
     *     request's contact point
     * @throws io.github.ankommen.storage.RecordNotFoundException if the interpreter is not stored
     * @throws IllegalArgumentException if the deadline has passed, or the interpreter cannot
     *     interpret the language there and then in that mode
     */
    public Versioned<InterpreterRequest> request(Actor actor, InterpreterRequest request) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(request, "request must not be null");
        gate.check(actor, Operation.BOOK_APPOINTMENT, Resource.at(request.contactPoint()));
        Interpreter interpreter = store.get(RecordKind.INTERPRETER, request.interpreter()).value();
        Instant now = clock.instant();
        if (!request.answerBy().isAfter(now)) {
            throw new IllegalArgumentException("the deadline of interpreter request " + request.id() + " has passed");
        }
        if (!interpreter.canInterpret(request.language(), request.contactPoint(), request.start(),
                Duration.ofMinutes(request.minutes()), request.mode())) {
            throw new IllegalArgumentException("interpreter " + interpreter.id() + " cannot interpret "
                    + request.language() + " at contact point " + request.contactPoint() + " then");
        }
        InterpreterRequest pending = new InterpreterRequest(request.id(), request.interpreter(), request.contactPoint(),
                request.language(), request.mode(), request.start(), request.minutes(), request.appointment(),
                request.consultation(), request.answerBy(), InterpreterAnswer.PENDING, null,
                actor.id(), now);
        Versioned<InterpreterRequest> stored = log.insert(actor, "request_interpreter", null, RecordKind.INTERPRETER_REQUEST,
                pending);
        LOG.debug("actor {} requested interpreter {} ({})", actor.id(), interpreter.id(), pending.id());
        return stored;
    }

    /**
     * Records the interpreter's answer to a request, before its deadline.
     *
     * @param actor who records it, not null
     * @param request the request, not null
     * @param confirmed true if the interpreter comes, false if not
     * @return the answered request and its new version
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not book at the
     *     request's contact point
     * @throws io.github.ankommen.storage.RecordNotFoundException if there is no such request (told only to those
     *     who may book network-wide)
     * @throws InterpreterRequestClosedException if it is answered already or its deadline has passed
     */
    public Versioned<InterpreterRequest> answer(Actor actor, InterpreterRequestId request, boolean confirmed) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(request, "request must not be null");
        Versioned<InterpreterRequest> current = gate.read(actor, Operation.BOOK_APPOINTMENT,
                RecordKind.INTERPRETER_REQUEST, request, r -> Resource.at(r.contactPoint()));
        InterpreterRequest answered = current.value().answered(confirmed, clock.instant());
        Versioned<InterpreterRequest> stored = log.update(actor, "answer_interpreter_request", null,
                RecordKind.INTERPRETER_REQUEST, answered,
                current.version());
        LOG.debug("actor {} recorded answer {} to interpreter request {}", actor.id(), answered.answer(), request);
        return stored;
    }

    /**
     * One page of the interpreter requests of a contact point: a list that grows with the work done
     * there.
     *
     * @param actor who asks, not null
     * @param contactPoint the contact point, not null
     * @param page which page, not null: the first, or the next after a cursor of an earlier page of
     *     the same contact point and actor from this {@code Ankommen}
     * @return the page, ordered by id
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not book there
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the page's cursor is forged, or was made for another
     *     query or actor
     */
    public Page<InterpreterRequest> requests(Actor actor, ContactPointId contactPoint, PageRequest page) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(contactPoint, "contactPoint must not be null");
        Objects.requireNonNull(page, "page must not be null");
        gate.check(actor, Operation.BOOK_APPOINTMENT, Resource.at(contactPoint));
        OwnedQuery<InterpreterRequest> query = OwnedQuery.interpreterRequests(contactPoint);
        return cursors.page(store, actor, query, query, page, Function.identity());
    }

    /**
     * The gap in interpreting at a contact point: how many requests are unmet now (declined, or
     * unanswered past their deadline), by language, like offers without capacity.
     *
     * @param actor who asks, not null
     * @param contactPoint the contact point, not null
     * @return the number of unmet requests per language, ordered by language code
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not book there
     */
    public Map<Language, Long> unmetByLanguage(Actor actor, ContactPointId contactPoint) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(contactPoint, "contactPoint must not be null");
        gate.check(actor, Operation.BOOK_APPOINTMENT, Resource.at(contactPoint));
        Instant now = clock.instant();
        Map<Language, Long> gap = new TreeMap<>((a, b) -> a.code().compareTo(b.code()));
        // Counted a page at a time: the requests of a contact point grow with its work.
        try (Stream<Versioned<InterpreterRequest>> all = store.stream(OwnedQuery.interpreterRequests(contactPoint),
                PageRequest.MAX_SIZE)) {
            all.map(Versioned::value).filter(r -> r.isUnmetAt(now)).forEach(r -> gap.merge(r.language(), 1L, Long::sum));
        }
        return gap;
    }

    private void checkManage(Actor actor, Interpreter interpreter) {
        if (interpreter.contactPoints().isEmpty()) {
            gate.check(actor, Operation.MANAGE_PEOPLE, Resource.network());
        }
        for (ContactPointId contactPoint : interpreter.contactPoints()) {
            gate.check(actor, Operation.MANAGE_PEOPLE, Resource.at(contactPoint));
        }
    }

    private static boolean overlaps(InterpreterRequest r, LocalDateTime start, Duration length) {
        LocalDateTime end = start.plus(length);
        LocalDateTime otherEnd = r.start().plusMinutes(r.minutes());
        return r.start().isBefore(end) && start.isBefore(otherEnd);
    }
}
