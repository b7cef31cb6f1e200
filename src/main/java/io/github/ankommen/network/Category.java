package io.github.ankommen.network;

/**
 * What an offer helps with, and what a client needs: the fields into which a contact point "paves
 * the way".
 *
 * @since 0.1.0
 */
public enum Category {
    /** Work, jobs and the Jobcenter (<i>Arbeit</i>). */
    WORK,
    /** Vocational qualification and recognition of qualifications (<i>Qualifizierung</i>). */
    QUALIFICATION,
    /** Language and integration courses (<i>Sprachkurs</i>). */
    LANGUAGE_COURSE,
    /** School and other education (<i>Bildung</i>). */
    EDUCATION,
    /** Childcare and day nurseries (<i>Kinderbetreuung</i>). */
    CHILDCARE,
    /** Sport and sports clubs (<i>Sport</i>). */
    SPORT,
    /** Culture, libraries and leisure (<i>Kultur</i>). */
    CULTURE,
    /** Health (<i>Gesundheit</i>). */
    HEALTH,
    /** Housing (<i>Wohnen</i>). */
    HOUSING,
    /** Legal advice, including asylum and residence law (<i>Rechtsberatung</i>). */
    LEGAL_ADVICE,
    /** Dealings with public authorities (<i>Behörden</i>). */
    ADMINISTRATION,
    /** Social and psychosocial counselling (<i>Beratung</i>). */
    COUNSELLING
}
