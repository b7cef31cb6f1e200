/**
 * API: the default, in-memory store: thread-safe, indexed, for a single JVM.
 */
package io.github.ankommen.storage.memory;
