/**
 * API: pathways (<i>Wege</i>) as values: reusable templates of steps toward a goal, such as from
 * the Jobcenter registration through an integration course to a job, and a case's progress along
 * them.
 *
 * <p>A {@link io.github.ankommen.pathway.Pathway} is data that a municipality can change;
 * {@link io.github.ankommen.pathway.Pathways#examples()} ships three. A case's
 * {@link io.github.ankommen.pathway.PathwayProgress} is derived from its referrals alone, and names
 * the next possible steps with offers that fit the client's district and languages and have
 * capacity. Nothing here stores anything.
 */
package io.github.ankommen.pathway;
