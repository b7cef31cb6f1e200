package io.github.ankommen.interop;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.UUID;

/**
 * Name-based UUIDs (RFC 4122 version 5, SHA-1) in the library's own namespace: the same kind and id
 * give the same UUID on every run and every machine, so that a second export of a directory keeps
 * its HSDS ids.
 */
final class NameBasedUuid {

    /** The namespace of the library's HSDS ids, itself a version 5 UUID of "io.github.ankommen" in the URL namespace. */
    static final UUID NAMESPACE = of(UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), "io.github.ankommen");

    private NameBasedUuid() {
    }

    /**
     * The UUID of a thing of a kind with an id, for example {@code ("location", "cp-brackel")}.
     *
     * @param kind the kind, not null
     * @param id the library's id or a derived key, not null
     * @return the UUID, version 5
     */
    static UUID of(String kind, String id) {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(id, "id must not be null");
        return of(NAMESPACE, kind + ":" + id);
    }

    /** The version 5 UUID of a name in a namespace, as RFC 4122 section 4.3 defines it. */
    static UUID of(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-1 (MessageDigest's javadoc).
            throw new IllegalStateException("SHA-1 is not available", e);
        }
        sha1.update(bytes(namespace));
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = (msb << 8) | (hash[i] & 0xff);
        }
        for (int i = 8; i < 16; i++) {
            lsb = (lsb << 8) | (hash[i] & 0xff);
        }
        return new UUID(msb, lsb);
    }

    private static byte[] bytes(UUID uuid) {
        byte[] bytes = new byte[16];
        long msb = uuid.getMostSignificantBits();
        long lsb = uuid.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (msb >>> (8 * (7 - i)));
            bytes[8 + i] = (byte) (lsb >>> (8 * (7 - i)));
        }
        return bytes;
    }
}
