/**
 * SPI (for integrators' tests): the TCK of the storage SPI: abstract JUnit 5 test classes that an
 * integrator extends with one factory method to prove a store keeps every rule of {@code
 * docs/storage-contract.md}.
 *
 * <p>This package needs {@code org.junit.jupiter:junit-jupiter-api} on the class path; the library
 * declares it as an optional dependency, so applications that do not run the TCK do not get it.
 */
package io.github.ankommen.tck;
