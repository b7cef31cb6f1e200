package io.github.ankommen.storage.jdbc;

import io.github.ankommen.network.Address;
import io.github.ankommen.network.Capacity;
import io.github.ankommen.network.CapacityStatus;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.Channels;
import io.github.ankommen.network.District;
import io.github.ankommen.network.Language;
import io.github.ankommen.network.Offer;
import io.github.ankommen.network.OfferId;
import io.github.ankommen.network.Organisation;
import io.github.ankommen.network.OrganisationId;
import io.github.ankommen.network.OrganisationType;
import io.github.ankommen.network.ReferralChannel;
import io.github.ankommen.storage.OfferQuery;
import io.github.ankommen.storage.Query;
import io.github.ankommen.storage.RecordKind;
import java.net.URI;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Offers: table {@code offer}, with {@code offer_language} and {@code offer_district}. */
final class OfferTable extends RecordTable<OfferId, Offer, OfferTable.Row> {

    OfferTable() {
        super(RecordKind.OFFER, "offer", "t.name, t.organisation_id, t.organisation_name, t.organisation_type, t.category, "
                + "t.eligibility, t.capacity_status, t.capacity_note, t.referral_contact_person, t.referral_phone, "
                + "t.referral_email, t.referral_web, t.location_street, t.location_postal_code, t.location_city");
    }

    /** An offer being read. */
    static final class Row implements Draft<Offer> {
        private OfferId id;
        private String name;
        private Organisation organisation;
        private Category category;
        private final Set<Language> languages = new LinkedHashSet<>();
        private final Set<District> districts = new LinkedHashSet<>();
        private String eligibility;
        private Capacity capacity;
        private ReferralChannel howToRefer;
        private Address location;

        @Override
        public Offer toRecord() {
            return new Offer(id, name, organisation, category, languages, districts, eligibility, capacity, howToRefer,
                    location);
        }
    }

    @Override
    Row readParent(ResultSet row) throws SQLException {
        Row offer = new Row();
        offer.id = OfferId.of(row.getString(1));
        offer.name = row.getString(3);
        offer.organisation = Organisation.of(OrganisationId.of(row.getString(4)), row.getString(5),
                OrganisationType.valueOf(row.getString(6)));
        offer.category = Category.valueOf(row.getString(7));
        offer.eligibility = row.getString(8);
        offer.capacity = Capacity.of(CapacityStatus.valueOf(row.getString(9)), row.getString(10));
        String web = row.getString(14);
        Channels channels = ChannelColumns.read(row.getString(12), row.getString(13), web == null ? null : URI.create(web));
        offer.howToRefer = ReferralChannel.of(row.getString(11), channels);
        String street = row.getString(15);
        offer.location = street == null ? null : new Address(street, row.getString(16), row.getString(17));
        return offer;
    }

    @Override
    void readChildren(Connection connection, Array keys, Map<String, Row> records) throws SQLException {
        children(connection, "SELECT offer_id, language FROM offer_language WHERE offer_id = ANY(?) "
                + "ORDER BY offer_id, ordinal", keys, records,
                (offer, row) -> offer.languages.add(Language.of(row.getString(2))));
        children(connection, "SELECT offer_id, district FROM offer_district WHERE offer_id = ANY(?) "
                + "ORDER BY offer_id, ordinal", keys, records,
                (offer, row) -> offer.districts.add(District.of(row.getString(2))));
    }

    @Override
    String insertSql() {
        return "INSERT INTO offer (id, version, name, organisation_id, organisation_name, organisation_type, category, "
                + "eligibility, capacity_status, capacity_note, referral_contact_person, referral_phone, "
                + "referral_email, referral_web, location_street, location_postal_code, location_city) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    String updateSetSql() {
        return "name = ?, organisation_id = ?, organisation_name = ?, organisation_type = ?, category = ?, "
                + "eligibility = ?, capacity_status = ?, capacity_note = ?, referral_contact_person = ?, "
                + "referral_phone = ?, referral_email = ?, referral_web = ?, location_street = ?, "
                + "location_postal_code = ?, location_city = ?";
    }

    @Override
    int bindParent(PreparedStatement statement, Offer offer, int index) throws SQLException {
        int i = index;
        statement.setString(i++, offer.name());
        statement.setString(i++, offer.organisation().id().value());
        statement.setString(i++, offer.organisation().name());
        statement.setString(i++, offer.organisation().type().name());
        statement.setString(i++, offer.category().name());
        statement.setString(i++, offer.eligibility());
        statement.setString(i++, offer.capacity().status().name());
        statement.setString(i++, offer.capacity().note());
        statement.setString(i++, offer.howToRefer().contactPerson());
        i = ChannelColumns.bind(statement, i, offer.howToRefer().channels());
        Address location = offer.location();
        statement.setString(i++, location == null ? null : location.street());
        statement.setString(i++, location == null ? null : location.postalCode());
        statement.setString(i++, location == null ? null : location.city());
        return i;
    }

    @Override
    void insertChildren(Connection connection, String key, Offer offer) throws SQLException {
        insertAll(connection, "INSERT INTO offer_language (offer_id, ordinal, language) VALUES (?, ?, ?)", key,
                offer.languages(), (insert, language) -> insert.setString(3, language.code()));
        insertAll(connection, "INSERT INTO offer_district (offer_id, ordinal, district) VALUES (?, ?, ?)", key,
                offer.districts(), (insert, district) -> insert.setString(3, district.name()));
    }

    @Override
    List<String> childDeletes() {
        return List.of("DELETE FROM offer_language WHERE offer_id = ?", "DELETE FROM offer_district WHERE offer_id = ?");
    }

    @Override
    Filter filter(Query<Offer> query) {
        if (!(query instanceof OfferQuery offers)) {
            throw new IllegalArgumentException("not a query of offers: " + query.getClass().getName());
        }
        Filter filter = Filter.none();
        if (offers.category() != null) {
            filter = filter.and("t.category = ?", offers.category().name());
        }
        if (offers.district() != null) {
            filter = filter.and("EXISTS (SELECT 1 FROM offer_district d WHERE d.offer_id = t.id AND d.district = ?)",
                    offers.district().name());
        }
        if (offers.language() != null) {
            filter = filter.and("EXISTS (SELECT 1 FROM offer_language l WHERE l.offer_id = t.id AND l.language = ?)",
                    offers.language().code());
        }
        if (offers.organisation() != null) {
            filter = filter.and("t.organisation_id = ?", offers.organisation().value());
        }
        return filter;
    }
}
