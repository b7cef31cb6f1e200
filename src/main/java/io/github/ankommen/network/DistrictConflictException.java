package io.github.ankommen.network;

import io.github.ankommen.base.AnkommenException;

/**
 * Thrown when two contact points would serve the same district on the same day.
 *
 * <p>A district has at most one contact point at a time, so that "which contact point serves
 * district D on date X" has one answer. The message names the district, both contact points' ids
 * and the days they share.
 *
 * @since 0.1.0
 */
public final class DistrictConflictException extends AnkommenException {

    private static final long serialVersionUID = 1L;

    // Values and ids only; the exception is not meant to be serialized with its data.
    private final transient District district;
    private final transient ContactPointId first;
    private final transient ContactPointId second;
    private final transient ValidityPeriod period;

    /**
     * Creates the exception.
     *
     * @param district the district both would serve, not null
     * @param first the contact point that serves it already, not null
     * @param second the contact point that would serve it too, not null
     * @param period the days both would serve it, not null
     */
    public DistrictConflictException(District district, ContactPointId first, ContactPointId second, ValidityPeriod period) {
        super("district " + district.name() + " would be served by both " + first + " and " + second + " in "
                + period + "; a district has at most one contact point at a time");
        this.district = district;
        this.first = first;
        this.second = second;
        this.period = period;
    }

    /**
     * The district.
     *
     * @return the district both would serve
     */
    public District district() {
        return district;
    }

    /**
     * The contact point that serves the district already: the earlier one in a directory's list, or
     * an existing one when a candidate is checked.
     *
     * @return its id
     */
    public ContactPointId first() {
        return first;
    }

    /**
     * The contact point that would serve it too: the later one in a directory's list, or the
     * candidate.
     *
     * @return its id
     */
    public ContactPointId second() {
        return second;
    }

    /**
     * The days on which both would serve the district: the intersection of their validities.
     *
     * @return the overlapping period
     */
    public ValidityPeriod period() {
        return period;
    }
}
