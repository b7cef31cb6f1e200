/**
 * API: the people of the network as values: volunteers (<i>Ehrenamtliche</i>) and their
 * accompaniments (<i>Begleitungen</i>), interpreters (<i>Sprachmittlung</i>) and the requests for
 * them, and appointments (<i>Termine</i>) at contact points, with the pure rules that match them.
 *
 * <p>Every type here is an immutable, validated record or a pure function of its arguments; the
 * services that store them are {@code VolunteerService}, {@code AppointmentService} and
 * {@code InterpreterService} in the root package. Names are personal data: no {@code toString()}
 * here shows one.
 */
package io.github.ankommen.people;
