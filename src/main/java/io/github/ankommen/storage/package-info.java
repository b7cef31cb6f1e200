/**
 * SPI: the interface an integrator implements to keep ankommen's records in their own database,
 * and the values it exchanges.
 *
 * <p>{@link io.github.ankommen.storage.Store} has three abstract methods: find a record by id, query
 * a page of records, apply a unit of writes atomically. Records carry versions for optimistic
 * concurrency ({@link io.github.ankommen.storage.ConflictException}); queries are objects a store
 * can push down ({@link io.github.ankommen.storage.ContactPointQuery},
 * {@link io.github.ankommen.storage.OfferQuery}); results are paged with opaque cursors. The rules
 * are numbered in {@code docs/storage-contract.md} and checked by the TCK in
 * {@code io.github.ankommen.tck}.
 */
package io.github.ankommen.storage;
