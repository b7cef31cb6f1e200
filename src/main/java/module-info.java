/**
 * ankommen: contact points, case workflows and referral pathways for municipal welcome networks,
 * as validated immutable records with pluggable storage.
 */
module io.github.ankommen {
    requires transitive jakarta.validation;
    requires transitive java.sql;
    requires org.hibernate.validator;
    requires org.slf4j;
    requires static org.junit.jupiter.api;

    exports io.github.ankommen;
    exports io.github.ankommen.base;
    exports io.github.ankommen.access;
    exports io.github.ankommen.calendar;
    exports io.github.ankommen.casework;
    exports io.github.ankommen.consent;
    exports io.github.ankommen.interop;
    exports io.github.ankommen.network;
    exports io.github.ankommen.pathway;
    exports io.github.ankommen.people;
    exports io.github.ankommen.referral;
    exports io.github.ankommen.retention;
    exports io.github.ankommen.statistics;
    exports io.github.ankommen.storage;
    exports io.github.ankommen.storage.jdbc;
    exports io.github.ankommen.storage.memory;
    exports io.github.ankommen.tck;
    exports io.github.ankommen.testing;
    exports io.github.ankommen.workflow;

    // Hibernate Validator reads the records' fields reflectively. Surefire adds its own opens,
    // so the module-path smoke run in the build is what proves these.
    opens io.github.ankommen.access to org.hibernate.validator;
    opens io.github.ankommen.casework to org.hibernate.validator;
    opens io.github.ankommen.consent to org.hibernate.validator;
    opens io.github.ankommen.interop to org.hibernate.validator;
    opens io.github.ankommen.network to org.hibernate.validator;
    opens io.github.ankommen.pathway to org.hibernate.validator;
    opens io.github.ankommen.people to org.hibernate.validator;
    opens io.github.ankommen.referral to org.hibernate.validator;
    opens io.github.ankommen.retention to org.hibernate.validator;
    opens io.github.ankommen.statistics to org.hibernate.validator;
    opens io.github.ankommen.storage to org.hibernate.validator;
    opens io.github.ankommen.workflow to org.hibernate.validator;
    opens io.github.ankommen.internal to org.hibernate.validator;
    opens io.github.ankommen.internal.constraints to org.hibernate.validator;

    // The validators of the library's own constraints (@Iso639, @WebAddress): Hibernate Validator
    // finds them as services, so the annotations need not name them (decision D20).
    provides jakarta.validation.ConstraintValidator with
            io.github.ankommen.internal.constraints.Iso639Validator,
            io.github.ankommen.internal.constraints.WebAddressValidator;

    // JUnit calls the TCK's inherited test methods reflectively, in whatever module runs them.
    opens io.github.ankommen.tck;
}
