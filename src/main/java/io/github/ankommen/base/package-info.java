/**
 * API: what every other package of the library builds on: the root of the library's exceptions
 * ({@link io.github.ankommen.base.AnkommenException}), the source of new ids
 * ({@link io.github.ankommen.base.IdSource}), and the rendering of validation messages in German or
 * English ({@link io.github.ankommen.base.ViolationMessages}).
 *
 * <p>Invalid input anywhere in the library is rejected with a
 * {@link jakarta.validation.ConstraintViolationException} whose violations name the offending
 * component. This package depends on no other package of the library but {@code internal}
 * (decision D20).
 */
package io.github.ankommen.base;
