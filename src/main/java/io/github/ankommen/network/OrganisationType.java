package io.github.ankommen.network;

/**
 * The kind of an organisation that offers something or partners a contact point.
 *
 * @since 0.1.0
 */
public enum OrganisationType {
    /** The Jobcenter: basic income support and job placement. */
    JOBCENTER,
    /** The immigration office (<i>Ausländerbehörde</i>). */
    IMMIGRATION_OFFICE,
    /** Another office of the city administration, such as the school registration office. */
    MUNICIPAL_OFFICE,
    /** A school. */
    SCHOOL,
    /** A club or association (<i>Verein</i>), such as a sports club. */
    CLUB,
    /** A provider of language, integration or vocational courses (<i>Kursträger</i>). */
    COURSE_PROVIDER,
    /** A counselling service (<i>Beratungsstelle</i>). */
    COUNSELLING_SERVICE,
    /** A public library. */
    PUBLIC_LIBRARY,
    /** A welfare organisation (<i>Wohlfahrtsverband</i>), such as the German Red Cross. */
    WELFARE_ORGANISATION,
    /** Anything else. */
    OTHER
}
