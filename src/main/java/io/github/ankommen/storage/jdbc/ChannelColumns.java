package io.github.ankommen.storage.jdbc;

import io.github.ankommen.network.Channels;
import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** {@link Channels} as three nullable columns: phone, email, web address. */
final class ChannelColumns {

    private ChannelColumns() {
    }

    /** Binds phone, email and web address from {@code index} on; a null channels binds three nulls. */
    static int bind(PreparedStatement statement, int index, Channels channels) throws SQLException {
        statement.setString(index, channels == null ? null : channels.phone());
        statement.setString(index + 1, channels == null ? null : channels.email());
        statement.setString(index + 2, channels == null || channels.web() == null ? null : channels.web().toString());
        return index + 3;
    }

    /** The channels of three columns, or null if all three are null. */
    static Channels read(String phone, String email, URI web) {
        return phone == null && email == null && web == null ? null : Channels.of(phone, email, web);
    }
}
