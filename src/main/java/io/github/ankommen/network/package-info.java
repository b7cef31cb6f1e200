/**
 * API: the directory half of the library, as values: a municipality's network of contact points
 * (<i>Anlaufstellen</i>), the districts they serve, and the offers clients are referred to.
 *
 * <p>Every type here is an immutable, validated record: an invalid instance cannot be constructed,
 * and bad input is rejected with a {@link jakarta.validation.ConstraintViolationException}.
 */
package io.github.ankommen.network;
