/**
 * API (for tests): fixtures for applications that use ankommen: ready-made, valid data to write
 * tests and demos against, and a clock the test moves. {@link io.github.ankommen.testing.Dortmund} is Dortmund's "Lokal willkommen" network.
 *
 * <p>Fixtures are part of the published API so that applications can use them in their own tests;
 * they hold no state and return new immutable values.
 */
package io.github.ankommen.testing;
