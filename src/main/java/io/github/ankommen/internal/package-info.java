/**
 * Internal, not exported by the module and not part of the API: the shared validator and its
 * message bundles, the hand-written constraint checks, frozen collections, id rules and composite
 * keys.
 */
package io.github.ankommen.internal;
