package io.github.ankommen.storage;

import io.github.ankommen.network.Category;
import io.github.ankommen.network.District;
import io.github.ankommen.network.Language;
import io.github.ankommen.network.Offer;
import io.github.ankommen.network.OrganisationId;
import java.util.Objects;

/**
 * Selects offers. Every filter is optional (null); the result holds the offers that pass all
 * filters that are set, ordered by id.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param category offers of this category
 * @param district offers that serve this district
 * @param language offers available in this language
 * @param organisation offers of this organisation
 * @since 0.1.0
 */
public record OfferQuery(Category category, District district, Language language, OrganisationId organisation)
        implements Query<Offer> {

    /**
     * Creates a query.
     *
     * @param category offers of this category, or null
     * @param district offers that serve this district, or null
     * @param language offers available in this language, or null
     * @param organisation offers of this organisation, or null
     */
    public OfferQuery(Category category, District district, Language language, OrganisationId organisation) {
        this.category = category;
        this.district = district;
        this.language = language;
        this.organisation = organisation;
        // No component has a constraint: every combination of filters is a valid query.
    }

    /**
     * All offers.
     *
     * @return the query
     */
    public static OfferQuery all() {
        return new OfferQuery(null, null, null, null);
    }

    /**
     * The offers of a category that serve a district in a language.
     *
     * @param category the category, or null for any
     * @param district the district, or null for any
     * @param language the language, or null for any
     * @return the query
     */
    public static OfferQuery of(Category category, District district, Language language) {
        return new OfferQuery(category, district, language, null);
    }

    /**
     * The offers of an organisation.
     *
     * @param organisation the organisation, not null
     * @return the query
     * @throws NullPointerException if the organisation is null
     */
    public static OfferQuery byOrganisation(OrganisationId organisation) {
        return new OfferQuery(null, null, null, Objects.requireNonNull(organisation, "organisation must not be null"));
    }

    @Override
    public RecordKind<?, Offer> kind() {
        return RecordKind.OFFER;
    }

    @Override
    public boolean matches(Offer offer) {
        return (category == null || offer.category() == category)
                && (district == null || offer.districts().contains(district))
                && (language == null || offer.languages().contains(language))
                && (organisation == null || organisation.equals(offer.organisation().id()));
    }
}
