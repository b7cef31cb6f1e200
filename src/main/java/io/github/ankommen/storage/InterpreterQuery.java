package io.github.ankommen.storage;

import io.github.ankommen.network.Language;
import io.github.ankommen.people.Interpreter;
import java.util.Objects;

/**
 * Selects the interpreters of the pool, all or those of one language, ordered by id. A network
 * keeps a few dozen; which of them serve a contact point and when is the service's question.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param language the language the interpreters must interpret; null for all
 * @since 0.1.0
 */
public record InterpreterQuery(Language language) implements Query<Interpreter> {

    /**
     * All interpreters.
     *
     * @return the query
     */
    public static InterpreterQuery all() {
        return new InterpreterQuery(null);
    }

    /**
     * The interpreters of a language.
     *
     * @param language the language, not null
     * @return the query
     * @throws NullPointerException if the language is null
     */
    public static InterpreterQuery of(Language language) {
        return new InterpreterQuery(Objects.requireNonNull(language, "language must not be null"));
    }

    @Override
    public RecordKind<?, Interpreter> kind() {
        return RecordKind.INTERPRETER;
    }

    @Override
    public boolean matches(Interpreter interpreter) {
        return language == null || interpreter.languages().contains(language);
    }
}
