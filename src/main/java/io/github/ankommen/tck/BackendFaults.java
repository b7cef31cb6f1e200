package io.github.ankommen.tck;

/**
 * The fault hook of the TCK: lets it make a store's backend fail at a chosen write, so that rule
 * S3.5 (a backend failure surfaces as {@link io.github.ankommen.storage.StoreException} and leaves
 * nothing of the unit visible) can be checked on the store itself.
 *
 * <p>Optional: an integrator who can make the backend fail, for example with a
 * {@link javax.sql.DataSource} wrapper whose statements throw, returns an implementation from
 * {@link StoreTck#backendFaults()}; without one the TCK skips S3.5 and reports it as skipped.
 *
 * <p>A "write" is whatever the backend counts as one step of writing: a statement for a SQL
 * database (an {@code INSERT}, {@code UPDATE}, {@code DELETE} or a batch of them), one request for a
 * document store. The TCK arms a fault at the first write of a unit, applies it, then at the second,
 * and so on until the unit is applied without the fault firing; each time it checks that
 * {@code apply} threw {@code StoreException} with the fault, or what the store keeps of it
 * ({@link #standsFor}), in its causes and that nothing of the unit is visible.
 *
 * @since 0.1.0
 */
public interface BackendFaults {

    /**
     * Arms one fault: the backend's {@code write}-th write from now on fails with an exception of the
     * backend's own kind (an {@code SQLException}, a driver's runtime exception). The fault fires at
     * most once; writes before and after it succeed.
     *
     * @param write which write fails, counted from 1
     * @throws IllegalArgumentException if {@code write} is less than 1
     */
    void failAtWrite(int write);

    /**
     * Disarms the fault and tells whether it fired.
     *
     * @return the exception the backend threw when the fault fired, or null if it did not fire
     */
    Throwable disarm();

    /**
     * Asks whether an exception in the cause chain of a {@code StoreException} stands for the fault
     * that fired. A store may keep the backend's exception as it is, or (as the JDBC store does, so
     * that no statement text with values travels in a cause) a copy that keeps only its codes; the
     * hook knows which. The default asks for the fault itself.
     *
     * @param cause an exception of the cause chain, not null
     * @param fault the exception {@link #disarm()} returned, not null
     * @return true if {@code cause} is the fault or the store's record of it
     */
    default boolean standsFor(Throwable cause, Throwable fault) {
        return cause == fault;
    }
}
