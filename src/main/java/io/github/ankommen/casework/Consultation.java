package io.github.ankommen.casework;

import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.internal.SharedValues;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.Language;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A consultation (<i>Beratungskontakt</i>): one low-threshold contact at a contact point.
 *
 * <p>A consultation is anonymous by default: it records when, where, on which topics, in which
 * language and by which channel, and no one's identity. It can later be linked to a client, and then
 * to that client's case. Statistics ({@link ConsultationStatistics}) count consultations without
 * reading these links. This class is immutable and thread-safe.
 *
 * @param id the consultation's id
 * @param contactPoint where it took place
 * @param date the day it took place
 * @param topics the need categories it was about; may be empty
 * @param language the language it was held in
 * @param channel how it took place
 * @param client the client, once linked; null while anonymous
 * @param caseId the client's case, once linked; null if none; needs a client
 * @since 0.1.0
 */
public record Consultation(
        @NotNull ConsultationId id,
        @NotNull ContactPointId contactPoint,
        @NotNull LocalDate date,
        @NotNull Set<@NotNull Category> topics,
        @NotNull Language language,
        @NotNull Channel channel,
        ClientId client,
        CaseId caseId) {

    /**
     * Creates a consultation.
     *
     * @param id the id, not null
     * @param contactPoint where it took place, not null
     * @param date the day, not null
     * @param topics the topics, not null, without nulls; may be empty
     * @param language the language, not null
     * @param channel the channel, not null
     * @param client the client, or null while anonymous
     * @param caseId the case, or null; needs a client
     * @throws jakarta.validation.ConstraintViolationException if a component is missing, or a case is
     *     linked without a client
     */
    public Consultation(ConsultationId id, ContactPointId contactPoint, LocalDate date, Set<Category> topics,
            Language language, Channel channel, ClientId client, CaseId caseId) {
        this.id = id;
        this.contactPoint = contactPoint;
        this.date = SharedValues.day(date);
        this.topics = FrozenCollections.copyOf(topics);
        this.language = language;
        this.channel = channel;
        this.client = client;
        this.caseId = caseId;
        RecordValidation.valid(this);
    }

    /**
     * Obtains an anonymous consultation.
     *
     * @param id the id, not null
     * @param contactPoint where it took place, not null
     * @param date the day, not null
     * @param topics the topics, not null, without nulls; may be empty
     * @param language the language, not null
     * @param channel the channel, not null
     * @return the consultation, linked to no client and no case
     * @throws jakarta.validation.ConstraintViolationException if a component is missing
     */
    public static Consultation anonymous(ConsultationId id, ContactPointId contactPoint, LocalDate date,
            Set<Category> topics, Language language, Channel channel) {
        return new Consultation(id, contactPoint, date, topics, language, channel, null, null);
    }

    /**
     * Asks whether the consultation is still anonymous.
     *
     * @return true if no client is linked
     */
    public boolean isAnonymous() {
        return client == null;
    }

    /**
     * Returns a copy linked to a client.
     *
     * @param linked the client, not null
     * @return the linked consultation; a case link is kept only if the client stays the same
     * @throws NullPointerException if the client is null
     */
    public Consultation withClient(ClientId linked) {
        Objects.requireNonNull(linked, "client must not be null");
        return new Consultation(id, contactPoint, date, topics, language, channel, linked,
                linked.equals(client) ? caseId : null);
    }

    /**
     * Returns a copy linked to a client's case.
     *
     * @param linkedClient the client, not null
     * @param linkedCase the client's case, not null
     * @return the linked consultation
     * @throws NullPointerException if an argument is null
     */
    public Consultation withCase(ClientId linkedClient, CaseId linkedCase) {
        Objects.requireNonNull(linkedClient, "client must not be null");
        Objects.requireNonNull(linkedCase, "case must not be null");
        return new Consultation(id, contactPoint, date, topics, language, channel, linkedClient, linkedCase);
    }

    @AssertTrue(message = "{io.github.ankommen.casework.Consultation.caseId.message}")
    private boolean isCaseLinkedWithClient() {
        return caseId == null || client != null;
    }
}
