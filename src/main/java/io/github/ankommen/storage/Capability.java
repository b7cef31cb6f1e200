package io.github.ankommen.storage;

/**
 * Something a store may or may not support. A store declares what it supports in
 * {@link Store#capabilities()}; the TCK skips, and reports as skipped, the rules of a capability a
 * store does not claim.
 *
 * @since 0.1.0
 */
public enum Capability {
    /** The store may be used from many threads at once, and keeps every rule while it is. */
    CONCURRENT_ACCESS
}
