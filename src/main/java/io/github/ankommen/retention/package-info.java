/**
 * API: retention periods per data category, the decision what is due, the pure anonymisation of
 * clients and cases, and the reports of a retention run and an erasure.
 */
package io.github.ankommen.retention;
