package io.github.ankommen.storage;

import io.github.ankommen.casework.AuditEntry;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.NotNull;

/**
 * Selects the audit trail of one case. Ordered by id key, which orders the entries by version:
 * the order the changes happened in. This class is immutable and thread-safe.
 *
 * @param caseId the case
 * @since 0.1.0
 */
public record AuditQuery(@NotNull CaseId caseId) implements Query<AuditEntry> {

    /**
     * Creates a query.
     *
     * @param caseId the case, not null
     * @throws jakarta.validation.ConstraintViolationException if the case id is null
     */
    public AuditQuery(CaseId caseId) {
        this.caseId = caseId;
        if (caseId == null) {
            RecordValidation.valid(this);
        }
    }

    /**
     * The audit trail of a case.
     *
     * @param caseId the case, not null
     * @return the query
     * @throws jakarta.validation.ConstraintViolationException if the case id is null
     */
    public static AuditQuery of(CaseId caseId) {
        return new AuditQuery(caseId);
    }

    @Override
    public RecordKind<?, AuditEntry> kind() {
        return RecordKind.AUDIT_ENTRY;
    }

    @Override
    public boolean matches(AuditEntry entry) {
        return caseId.equals(entry.caseId());
    }
}
