package io.github.ankommen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.network.OrganisationId;
import io.github.ankommen.referral.Referral;
import io.github.ankommen.storage.Page;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.ReferralQuery;
import io.github.ankommen.storage.memory.MemoryStore;
import io.github.ankommen.testing.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Following the cursors of the paged referral list yields the whole list (one page of the largest
 * size), once each, in order.
 */
class ReferralPagingTest {

    @Test
    void pagesOfReferralsAddUpToTheWholeList() {
        MemoryStore store = new MemoryStore();
        Samples samples = Samples.seeded(14L);
        for (int i = 0; i < 95; i++) {
            store.insert(RecordKind.REFERRAL, samples.next(RecordKind.REFERRAL));
        }
        ReferralService referrals = Ankommen.builder().store(store).build().referrals();
        Actor coordinator = Actor.coordinator(ActorId.of("coordinator-1"));
        assertPagesAddUp(referrals, coordinator, ReferralQuery.all(), 95);
        OrganisationId drk = OrganisationId.of("drk");
        Actor partner = Actor.partner(ActorId.of("partner-1"), drk);
        assertPagesAddUp(referrals, partner, ReferralQuery.to(drk), 1);
    }

    private static void assertPagesAddUp(ReferralService referrals, Actor actor, ReferralQuery query, int atLeast) {
        Page<Referral> one = referrals.referrals(actor, query, PageRequest.first(PageRequest.MAX_SIZE));
        assertFalse(one.hasNext(), "more than one page of the largest size");
        List<Referral> whole = one.items();
        assertTrue(whole.size() >= atLeast, "only " + whole.size() + " referrals");
        List<Referral> paged = new ArrayList<>();
        int pages = 0;
        Optional<PageRequest> next = Optional.of(PageRequest.first(7));
        while (next.isPresent()) {
            Page<Referral> page = referrals.referrals(actor, query, next.get());
            assertTrue(page.items().size() <= 7, "a page of " + page.items().size());
            paged.addAll(page.items());
            next = page.next(7);
            pages++;
        }
        assertEquals(whole, paged);
        assertTrue(pages >= whole.size() / 7, pages + " pages");
    }
}
