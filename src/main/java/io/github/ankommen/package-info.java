/**
 * API: the entry point and its services, the floor where an application calls the library.
 *
 * <p>{@link io.github.ankommen.Ankommen} wires a store, a clock, an id source and the policies, and
 * hands out one service per job: {@link io.github.ankommen.NetworkService} (the directory),
 * {@link io.github.ankommen.CaseService} (clients, consultations, cases),
 * {@link io.github.ankommen.ReferralService}, {@link io.github.ankommen.ConsentService},
 * {@link io.github.ankommen.PathwayService}, {@link io.github.ankommen.StatisticsService} (the
 * figures and the gap report) and {@link io.github.ankommen.RetentionService} (retention, erasure,
 * the access export). Every service method names its actor, passes the access gate first, reads
 * what it needs from the store, lets the pure logic of the domain packages decide, and writes all
 * that changed in one unit of work. The services' constructors are not API: an application obtains
 * them from {@code Ankommen}.
 *
 * <p>This package sits on top of the house (decision D20): it depends on every other package of the
 * library, and none depends on it.
 */
package io.github.ankommen;
