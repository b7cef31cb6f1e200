package io.github.ankommen;

import io.github.ankommen.access.Actor;
import io.github.ankommen.access.Operation;
import io.github.ankommen.access.Resource;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.Client;
import io.github.ankommen.network.ContactPoint;
import io.github.ankommen.network.District;
import io.github.ankommen.network.Language;
import io.github.ankommen.network.ServedDistrict;
import io.github.ankommen.pathway.NextStep;
import io.github.ankommen.pathway.Pathway;
import io.github.ankommen.pathway.PathwayId;
import io.github.ankommen.pathway.PathwayProgress;
import io.github.ankommen.referral.Referral;
import io.github.ankommen.storage.OfferQuery;
import io.github.ankommen.storage.PathwayQuery;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.RecordNotFoundException;
import io.github.ankommen.storage.ReferralQuery;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.Versioned;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pathways as they are stored: the templates of typical routes into work, language or school, and
 * a case's progress along them, derived from its referrals.
 *
 * <p>Obtain it from {@link Ankommen#pathways()}. Templates are network data, managed by
 * coordinators; a case's progress and next steps are shown to those who may view the case. This
 * class is thread-safe as long as its store is.
 *
 * @since 0.1.0
 */
public final class PathwayService {

    private static final Logger LOG = LoggerFactory.getLogger(PathwayService.class);

    private final Store store;
    private final Clock clock;
    private final ZoneId zone;
    private final AccessGate gate;
    private final ChangeLog log;

    PathwayService(Store store, Clock clock, ZoneId zone, AccessGate gate, ChangeLog log) {
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.zone = Objects.requireNonNull(zone, "zone must not be null");
        this.gate = Objects.requireNonNull(gate, "gate must not be null");
        this.log = Objects.requireNonNull(log, "log must not be null");
    }

    /**
     * Stores a pathway template, or replaces one.
     *
     * @param actor who stores it, not null
     * @param pathway the template, not null
     * @return the stored template and its version
     * @throws NullPointerException if an argument is null
     */
    public Versioned<Pathway> save(Actor actor, Pathway pathway) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(pathway, "pathway must not be null");
        gate.check(actor, Operation.MANAGE_NETWORK, Resource.network());
        Versioned<Pathway> stored = store.find(RecordKind.PATHWAY, pathway.id())
                .map(current -> log.update(actor, "save_pathway", null, RecordKind.PATHWAY, pathway, current.version()))
                .orElseGet(() -> log.insert(actor, "save_pathway", null, RecordKind.PATHWAY, pathway));
        LOG.debug("actor {} saved pathway {}", actor.id(), pathway.id());
        return stored;
    }

    /**
     * A case's progress along every stored pathway, derived from its referrals.
     *
     * @param actor who asks, not null
     * @param caseId the case, not null
     * @return the progress per pathway, ordered by pathway id
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not see it
     * @throws NullPointerException if an argument is null
     */
    public List<PathwayProgress> progress(Actor actor, CaseId caseId) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(caseId, "caseId must not be null");
        gate.checkReferralsOfCase(actor, caseId);
        List<Referral> ofCase = QueryResults.values(store, ReferralQuery.ofCase(caseId));
        List<PathwayProgress> progress = new ArrayList<>();
        for (Pathway pathway : QueryResults.values(store, PathwayQuery.all())) {
            progress.add(PathwayProgress.of(pathway, caseId, ofCase));
        }
        return progress;
    }

    /**
     * The next possible steps of a case along a pathway, with the offers that serve the district of
     * the case's contact point in one of the client's languages (or the contact point's, when the
     * client's are not recorded) and have capacity.
     *
     * @param actor who asks, not null
     * @param caseId the case, not null
     * @param pathway the pathway, not null
     * @return the next steps
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not see it
     * @throws RecordNotFoundException if the case, its client, its contact point or the pathway is
     *     not stored
     * @throws NullPointerException if an argument is null
     */
    public List<NextStep> nextSteps(Actor actor, CaseId caseId, PathwayId pathway) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(caseId, "caseId must not be null");
        Objects.requireNonNull(pathway, "pathway must not be null");
        Case c = gate.checkReferralsOfCase(actor, caseId);
        Client client = store.get(RecordKind.CLIENT, c.client()).value();
        ContactPoint site = store.get(RecordKind.CONTACT_POINT, c.contactPoint()).value();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        District district = site.districts().stream().filter(d -> d.validity().contains(today))
                .map(ServedDistrict::district).findFirst()
                .orElseGet(() -> site.districts().isEmpty() ? null : site.districts().get(0).district());
        if (district == null) {
            return List.of();
        }
        Set<Language> languages = client.basic().languages().isEmpty() ? site.languages() : client.basic().languages();
        PathwayProgress progress = PathwayProgress.of(store.get(RecordKind.PATHWAY, pathway).value(), caseId,
                QueryResults.values(store, ReferralQuery.ofCase(caseId)));
        return progress.nextSteps(QueryResults.values(store, OfferQuery.of(null, district, null)), district, languages);
    }
}
