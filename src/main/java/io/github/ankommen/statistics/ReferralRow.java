package io.github.ankommen.statistics;

import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.District;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * One referral as the statistics see it: where, in which offer category, how far it came, and
 * nothing about the client.
 *
 * <p>The referral domain turns its referrals into these rows; the report counts them. This class is
 * immutable and thread-safe.
 *
 * @param date the day the referral was sent; the report counts rows whose day is in its period
 * @param district the district of the sending contact point
 * @param category the category of the offer referred to
 * @param status the referral's status, such as {@code requested} or {@code completed}; 1 to 64
 *     characters
 * @param rejectionReason why the referral was rejected; null unless rejected; 1 to 64 characters
 * @param successful true if the referral reached its goal, false if it ended without; null while it
 *     is not concluded
 * @param noCapacity true if the offer had no capacity for the client: a gap in the network
 * @since 0.1.0
 */
public record ReferralRow(
        @NotNull LocalDate date,
        @NotNull District district,
        @NotNull Category category,
        @NotBlank @Size(max = 64) String status,
        @Size(min = 1, max = 64) String rejectionReason,
        Boolean successful,
        boolean noCapacity) {

    /**
     * Creates a row.
     *
     * @param date the day it was sent, not null
     * @param district the sending district, not null
     * @param category the offer's category, not null
     * @param status the status, not blank, at most 64 characters
     * @param rejectionReason the rejection reason, or null; 1 to 64 characters
     * @param successful whether it succeeded, or null while not concluded
     * @param noCapacity whether the offer had no capacity
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or too long
     */
    public ReferralRow(LocalDate date, District district, Category category, String status, String rejectionReason,
            Boolean successful, boolean noCapacity) {
        this.date = date;
        this.district = district;
        this.category = category;
        this.status = status;
        this.rejectionReason = rejectionReason;
        this.successful = successful;
        this.noCapacity = noCapacity;
        if (date == null || district == null || category == null || status == null || status.isBlank()
                || status.length() > 64 || rejectionReason != null
                && (rejectionReason.isEmpty() || rejectionReason.length() > 64)) {
            RecordValidation.valid(this);
        }
    }
}
