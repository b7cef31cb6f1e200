/**
 * Retention periods per data category, the decision what is due, and the pure anonymisation of
 * clients and cases; the run over a store uses these.
 */
package io.github.ankommen.retention;
