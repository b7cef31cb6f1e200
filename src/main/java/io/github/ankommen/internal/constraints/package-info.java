/**
 * Internal, not exported: the validators of the library's own constraint annotations
 * ({@link io.github.ankommen.network.Iso639}, {@link io.github.ankommen.network.WebAddress}).
 *
 * <p>Hibernate Validator finds them as {@code jakarta.validation.ConstraintValidator} services
 * (module-info's {@code provides} on the module path, {@code META-INF/services} on the class path),
 * so the annotations name no validator and the {@code network} package does not depend on this
 * one (decision D20). Nothing here is stable.
 */
package io.github.ankommen.internal.constraints;
