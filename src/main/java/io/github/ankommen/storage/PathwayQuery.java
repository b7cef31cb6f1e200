package io.github.ankommen.storage;

import io.github.ankommen.pathway.Pathway;

/**
 * Selects all pathway templates, ordered by id. A municipality keeps a handful.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public record PathwayQuery() implements Query<Pathway> {

    /**
     * All pathway templates.
     *
     * @return the query
     */
    public static PathwayQuery all() {
        return new PathwayQuery();
    }

    @Override
    public RecordKind<?, Pathway> kind() {
        return RecordKind.PATHWAY;
    }

    @Override
    public boolean matches(Pathway pathway) {
        return true;
    }
}
