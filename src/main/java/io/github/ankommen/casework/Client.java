package io.github.ankommen.casework;

import io.github.ankommen.access.DataCategory;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.ContactPointId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * A client (<i>Klient/in</i>, <i>Ratsuchende</i>): pseudonymous, with only what the work needs.
 *
 * <p>A client is an id and a pseudonym, with {@link BasicData basic data} and, separately,
 * {@link SensitiveData sensitive data}; the two are different {@link DataCategory categories} with
 * their own access rules and retention periods. Cases and consultations refer to a client by its
 * {@link ClientId}. {@link #toString()} shows the id only. This class is immutable and thread-safe.
 *
 * <p>A client belongs to the contact point that registered it ({@link #registeredAt()}), until it
 * has cases: then to the contact points of its cases, which move only with an accepted transfer.
 * {@code CaseService.register} sets it; a client stored without one (by an older version, or
 * directly in a store) is in the scope of whoever may open a case where its first case opens.
 *
 * @param id the client's id
 * @param pseudonym the name staff use for the client in the system, such as "K-2026-17"; not blank,
 *     at most 64 characters
 * @param basic the basic data
 * @param sensitive the sensitive data
 * @param registeredAt the contact point that registered the client; null if unknown
 * @since 0.1.0
 */
public record Client(
        @NotNull ClientId id,
        @NotBlank @Size(max = 64) String pseudonym,
        @NotNull BasicData basic,
        @NotNull SensitiveData sensitive,
        ContactPointId registeredAt) {

    /**
     * Creates a client.
     *
     * @param id the client's id, not null
     * @param pseudonym the pseudonym, not blank, at most 64 characters
     * @param basic the basic data, not null; {@link BasicData#none()} for none
     * @param sensitive the sensitive data, not null; {@link SensitiveData#none()} for none
     * @param registeredAt the contact point that registered the client, or null if unknown
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or malformed
     */
    public Client(ClientId id, String pseudonym, BasicData basic, SensitiveData sensitive,
            ContactPointId registeredAt) {
        this.id = id;
        this.pseudonym = pseudonym;
        this.basic = basic;
        this.sensitive = sensitive;
        this.registeredAt = registeredAt;
        RecordValidation.valid(this);
    }

    /**
     * Creates a client whose registering contact point is not known yet; {@code CaseService.register}
     * sets it.
     *
     * @param id the client's id, not null
     * @param pseudonym the pseudonym, not blank, at most 64 characters
     * @param basic the basic data, not null; {@link BasicData#none()} for none
     * @param sensitive the sensitive data, not null; {@link SensitiveData#none()} for none
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or malformed
     */
    public Client(ClientId id, String pseudonym, BasicData basic, SensitiveData sensitive) {
        this(id, pseudonym, basic, sensitive, null);
    }

    /**
     * Obtains a client with nothing recorded but id and pseudonym.
     *
     * @param id the client's id, not null
     * @param pseudonym the pseudonym, not blank, at most 64 characters
     * @return the client
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or malformed
     */
    public static Client of(ClientId id, String pseudonym) {
        return new Client(id, pseudonym, BasicData.none(), SensitiveData.none());
    }

    /**
     * Returns a copy with other basic data.
     *
     * @param data the basic data, not null
     * @return the changed client
     * @throws jakarta.validation.ConstraintViolationException if the data is null
     */
    public Client withBasic(BasicData data) {
        return new Client(id, pseudonym, data, sensitive, registeredAt);
    }

    /**
     * Returns a copy with other sensitive data.
     *
     * @param data the sensitive data, not null
     * @return the changed client
     * @throws jakarta.validation.ConstraintViolationException if the data is null
     */
    public Client withSensitive(SensitiveData data) {
        return new Client(id, pseudonym, basic, data, registeredAt);
    }

    /**
     * Returns a copy registered at a contact point.
     *
     * @param contactPoint the contact point that registered the client, not null
     * @return the copy
     * @throws NullPointerException if the contact point is null
     */
    public Client withRegisteredAt(ContactPointId contactPoint) {
        return new Client(id, pseudonym, basic, sensitive,
                Objects.requireNonNull(contactPoint, "contactPoint must not be null"));
    }

    /**
     * Returns a copy in which one category of data is erased, such as when its retention period ends.
     * Id and pseudonym stay, so that statistics and references remain consistent.
     *
     * @param category the category to erase, not null
     * @return the changed client
     * @throws NullPointerException if the category is null
     */
    public Client without(DataCategory category) {
        return switch (Objects.requireNonNull(category, "category must not be null")) {
            case BASIC -> withBasic(BasicData.none());
            case SENSITIVE -> withSensitive(SensitiveData.none());
        };
    }

    /**
     * Shows the id only; the pseudonym and all data stay out of logs.
     *
     * @return for example {@code Client[id=client-4711]}
     */
    @Override
    public String toString() {
        return "Client[id=" + id + "]";
    }
}
