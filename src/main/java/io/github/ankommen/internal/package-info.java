/**
 * Helpers of the library's own, not exported by the module and not part of the API: the shared
 * validator and its message bundles. Nothing here is stable.
 */
package io.github.ankommen.internal;
