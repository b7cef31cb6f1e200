/**
 * JMH benchmarks of the library against a hand-written lower bound and three peers (issue 9).
 *
 * <p>Not part of the library: compiled and run only with the {@code bench} Maven profile, see
 * {@code docs/benchmarks.md}. Every lifecycle benchmark does the same work: open a case in intake,
 * then five guarded transitions (assess, plan, link, monitor, close), each by a caseworker who must
 * work at the case's contact point, each writing the case's next state and one audit entry to a
 * store; opening writes the first audit entry. The peers keep their cases in a {@link PeerStore}.
 * {@link ScaleQueries} measures the in-memory store with cases, audit entries and referrals at
 * scale, and the statistics report over it, and {@link ScaleRecords} the same records kept without a
 * store, the floor under its footprint; {@link PostgresStore} the PostgreSQL store against plain
 * JDBC running the same statements; {@link PostgresScale} the reports, the per-person work and the
 * retention run over the PostgreSQL store at scale, counting statements and rows read
 * (issue 14). The scale benchmarks load the data of {@link ScaleSet}.
 */
package io.github.ankommen.bench;
