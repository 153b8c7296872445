package org.offeringcompliance.reporting.rebuild;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.flywaydb.core.Flyway;
import org.offeringcompliance.reporting.config.ReportingConfig;

/**
 * The fresh schema a rebuild fills: created by the same Flyway migrations as the live one (so it is identical, history
 * included), written to by transactions that point their search_path at it, then renamed into the live schema's place.
 */
@ApplicationScoped
public class ShadowSchema {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,50}");

    @Inject
    ReportingConfig config;

    @Inject
    DataSource dataSource;

    @Inject
    Flyway flyway;

    @Inject
    EntityManager em;

    /** Drops what an interrupted rebuild may have left and migrates an empty shadow schema. */
    public void recreate() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS " + shadow() + " CASCADE");
            sql.execute("DROP SCHEMA IF EXISTS " + retired() + " CASCADE");
            sql.execute("CREATE SCHEMA " + shadow());
        }
        Flyway.configure(flyway.getConfiguration().getClassLoader()).configuration(flyway.getConfiguration())
                .schemas(shadow()).defaultSchema(shadow()).createSchemas(false).load().migrate();
    }

    /** The rest of the current transaction reads and writes the shadow schema's tables. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void use() {
        em.createNativeQuery("SELECT set_config('search_path', ?1, true)").setParameter(1, shadow()).getSingleResult();
    }

    /** In one transaction the live schema steps aside and the shadow takes its name; sessions follow by name. */
    public void swapIn(Connection control) throws SQLException {
        control.setAutoCommit(false);
        try (Statement sql = control.createStatement()) {
            sql.execute("ALTER SCHEMA " + live() + " RENAME TO " + retired());
            sql.execute("ALTER SCHEMA " + shadow() + " RENAME TO " + live());
            control.commit();
        } catch (SQLException e) {
            control.rollback();
            throw e;
        } finally {
            control.setAutoCommit(true);
        }
    }

    public void dropRetired(Connection control) throws SQLException {
        try (Statement sql = control.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS " + retired() + " CASCADE");
        }
    }

    String live() {
        return identifier(config.schema());
    }

    String shadow() {
        return identifier(config.rebuild().shadowSchema());
    }

    private String retired() {
        return identifier(config.schema() + "_retired");
    }

    /** Schema names come from configuration and go into DDL: only plain lowercase identifiers are accepted. */
    private static String identifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalStateException("not a plain schema name: " + name);
        }
        return name;
    }
}
