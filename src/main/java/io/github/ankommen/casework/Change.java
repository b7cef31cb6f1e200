package io.github.ankommen.casework;

import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/**
 * The result of an applied command: the case's new value and the one audit entry that records the
 * change. A store writes both in one atomic unit. This class is immutable and thread-safe.
 *
 * @param updated the case after the change
 * @param audit the audit entry for the change; its version is the updated case's version
 * @since 0.1.0
 */
public record Change(@NotNull Case updated, @NotNull AuditEntry audit) {

    /**
     * Creates a change.
     *
     * @param updated the case after the change, not null
     * @param audit the audit entry, not null, for the same case and version
     * @throws jakarta.validation.ConstraintViolationException if a component is missing, or the entry
     *     does not belong to the case's version
     */
    public Change(Case updated, AuditEntry audit) {
        this.updated = updated;
        this.audit = audit;
        if (!(updated != null && audit != null && isAuditOfUpdate())) {
            RecordValidation.valid(this);
        }
    }

    @AssertTrue(message = "{io.github.ankommen.casework.Change.audit.message}")
    private boolean isAuditOfUpdate() {
        return updated == null || audit == null
                || (updated.id().equals(audit.caseId()) && updated.version() == audit.version()
                        && updated.state().equals(audit.to()));
    }
}
