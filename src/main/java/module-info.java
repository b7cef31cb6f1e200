/**
 * ankommen: contact points, case workflows and referral pathways for municipal welcome networks,
 * as validated immutable records with pluggable storage.
 */
module io.github.ankommen {
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires org.slf4j;

    exports io.github.ankommen;
    exports io.github.ankommen.access;
    exports io.github.ankommen.network;
    exports io.github.ankommen.testing;

    // Hibernate Validator reads the records' fields reflectively. Surefire adds its own opens,
    // so the module-path smoke run in the build is what proves these.
    opens io.github.ankommen.access to org.hibernate.validator;
    opens io.github.ankommen.network to org.hibernate.validator;
    // Hibernate Validator instantiates the constraint validators (Iso639Validator, ...) kept here.
    opens io.github.ankommen.internal to org.hibernate.validator;
}
