/**
 * ankommen: contact points, case workflows and referral pathways for municipal welcome networks.
 *
 * <p>This package holds the library's base exception and the rendering of validation messages.
 * Invalid input anywhere in the library is rejected with a
 * {@link jakarta.validation.ConstraintViolationException} whose violations name the offending
 * component; {@link io.github.ankommen.ViolationMessages} renders their messages in German or
 * English.
 */
package io.github.ankommen;
