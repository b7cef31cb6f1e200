package io.github.ankommen.bench;

import io.github.ankommen.bench.PeerStore.Worker;
import java.util.Set;

/** What every lifecycle benchmark shares: the actor, the client, the needs, the store window. */
final class Lifecycles {

    /**
     * How many lifecycles one store holds before the benchmark starts a new one. Every contender grows
     * its store by one case and six audit entries per lifecycle; without a bound, the fast ones would
     * fill the heap within one iteration. Starting a new store every 100,000 cases (and at the start
     * of every iteration) keeps the heap bounded and is the same for all; the cost of starting a store
     * is part of the measurement, spread over 100,000 lifecycles.
     */
    static final int WINDOW = 100_000;

    static final String CONTACT_POINT = "cp-brackel";
    static final String CLIENT = "client-1";
    static final String CASEWORKER = "cw-1";
    /** A staff member of the contact point's team in {@code testing.Dortmund}: opening a case checks it. */
    static final String TEAM_MEMBER = "brackel-city";
    static final Worker WORKER = new Worker(CASEWORKER, CONTACT_POINT);
    static final Set<String> NEEDS = Set.of("LANGUAGE_COURSE");
    static final String OUTCOME = "GOALS_REACHED";

    private Lifecycles() {
    }
}
