package io.github.ankommen;

import io.github.ankommen.access.Actor;
import io.github.ankommen.storage.Cursor;
import io.github.ankommen.storage.Page;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.Query;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.Versioned;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals the cursors the services hand out, and opens only those it sealed for the same actor and
 * query. A store's cursor is the last key of a page, which may be a record the actor may not see;
 * sealed (AES-GCM with a key of this instance, the actor and query as associated data) it neither
 * shows that key nor can be forged or reused for another query or actor. Such a cursor is refused
 * with an {@link IllegalArgumentException}. A cursor is valid for the {@link Ankommen} instance
 * that made it. Not API; thread-safe.
 */
final class PageCursors {

    private static final String PREFIX = "c1.";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random;

    PageCursors(SecureRandom random) {
        this.random = random;
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(128, random);
            this.key = generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is not available", e);
        }
    }

    /**
     * The store's request of a page: the caller's, with its cursor opened.
     *
     * @param actor who asks
     * @param query the query the page is of; its {@code toString} identifies it
     * @param page the caller's request
     * @return the request to hand to the store
     * @throws IllegalArgumentException if the cursor was not sealed here for this actor and query
     */
    PageRequest open(Actor actor, Object query, PageRequest page) {
        if (page.cursor().isEmpty()) {
            return page;
        }
        String token = page.cursor().get().token();
        try {
            if (!token.startsWith(PREFIX)) {
                throw new IllegalArgumentException("not a cursor of this query");
            }
            byte[] sealed = Base64.getUrlDecoder().decode(token.substring(PREFIX.length()));
            if (sealed.length < NONCE_BYTES + TAG_BITS / Byte.SIZE) {
                throw new IllegalArgumentException("not a cursor of this query");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(associated(actor, query));
            byte[] plain = cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
            return PageRequest.after(Cursor.of(new String(plain, StandardCharsets.UTF_8)), page.size());
        } catch (GeneralSecurityException | RuntimeException e) {
            // No cause: it would say nothing more, and a cursor is the caller's own text.
            throw new IllegalArgumentException("not a cursor of this query");
        }
    }

    /**
     * The page to hand to the caller: the store's, with its cursor sealed.
     *
     * @param actor who asks
     * @param query the query the page is of
     * @param page the store's page
     * @param <T> the items' type
     * @return the page with a sealed cursor
     */
    <T> Page<T> seal(Actor actor, Object query, Page<T> page) {
        if (page.nextCursor() == null) {
            return page;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associated(actor, query));
            byte[] secret = cipher.doFinal(page.nextCursor().token().getBytes(StandardCharsets.UTF_8));
            byte[] sealed = ByteBuffer.allocate(nonce.length + secret.length).put(nonce).put(secret).array();
            return Page.of(page.items(), Cursor.of(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(sealed)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * One page of a store query for the caller: the caller's cursor opened, the store's page read,
     * its records turned into the page's items, and the next cursor sealed.
     *
     * @param store where to read
     * @param actor who asks
     * @param sealedFor what the cursor is sealed for: the caller's query, naming all it depends on
     *     in its {@code toString}, as for {@link #open}
     * @param query the store's query
     * @param page the caller's request
     * @param items the page's items from the records of the store's page, in order
     * @param <R> the records' type
     * @param <T> the items' type
     * @return the page with a sealed cursor
     * @throws IllegalArgumentException if the cursor was not sealed here for this actor and query
     */
    <R, T> Page<T> page(Store store, Actor actor, Object sealedFor, Query<R> query, PageRequest page,
            Function<List<R>, List<T>> items) {
        Page<Versioned<R>> read = store.query(query, open(actor, sealedFor, page));
        return seal(actor, sealedFor, Page.of(items.apply(QueryResults.values(read.items())), read.nextCursor()));
    }

    private static byte[] associated(Actor actor, Object query) {
        return (actor.id().value() + "\n" + actor.role() + "\n" + query.getClass().getName() + "\n" + query)
                .getBytes(StandardCharsets.UTF_8);
    }
}
