/**
 * API: aggregated statistics that identify nobody: count tables, small-cell suppression, and the
 * network's report over consultations, cases and referrals.
 */
package io.github.ankommen.statistics;
