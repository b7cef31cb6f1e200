package io.github.ankommen.storage;

import io.github.ankommen.network.Network;

/**
 * Selects all networks, ordered by id. A store usually holds one network, or a few for a region.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public record NetworkQuery() implements Query<Network> {

    /**
     * All networks.
     *
     * @return the query
     */
    public static NetworkQuery all() {
        return new NetworkQuery();
    }

    @Override
    public RecordKind<?, Network> kind() {
        return RecordKind.NETWORK;
    }

    @Override
    public boolean matches(Network network) {
        return true;
    }
}
