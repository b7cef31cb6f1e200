/**
 * API: case work as values: clients, consultations and cases, the commands that change cases, and
 * the pure logic that applies them.
 *
 * <p>A {@link io.github.ankommen.casework.Client} is pseudonymous and keeps basic and sensitive data
 * apart. A {@link io.github.ankommen.casework.Consultation} is anonymous by default. A
 * {@link io.github.ankommen.casework.Case} moves through a workflow, by default the DGCC phases of
 * {@link io.github.ankommen.casework.CaseWorkflows#dgcc()}; {@link io.github.ankommen.casework.CaseEngine}
 * applies commands and returns each change with its audit entry, and
 * {@link io.github.ankommen.casework.Deadlines} answers what is overdue or due soon. Nothing here
 * stores anything, reads a clock or makes up ids: the caller passes instants and ids.
 *
 * <p>Personal data (names, birth data, health notes, residence status, free-text notes and reasons)
 * never appears in a {@code toString()} or an exception message; ids may.
 */
package io.github.ankommen.casework;
