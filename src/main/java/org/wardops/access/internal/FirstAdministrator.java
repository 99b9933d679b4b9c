package org.wardops.access.internal;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.wardops.access.AccountManagement;
import org.wardops.access.SaveAccount;
import org.wardops.directory.DirectoryManagement;
import org.wardops.shared.DeploymentSettings;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.security.Role;

import java.util.Set;

/**
 * Creates the first system administrator of a new deployment from {@code WARDOPS_BOOTSTRAP_ADMIN_USERNAME} and
 * {@code WARDOPS_BOOTSTRAP_ADMIN_PASSWORD}, only while no account exists at all; afterwards the variables do nothing.
 */
@Component
@Order(5)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountManagement accounts;
    private final DirectoryManagement directory;
    private final DeploymentSettings deployment;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final @Nullable String username;
    private final @Nullable String password;

    FirstAdministrator(AccountManagement accounts, DirectoryManagement directory, DeploymentSettings deployment, JdbcClient jdbc,
                       TransactionTemplate transaction,
                       @Value("${wardops.bootstrap.admin.username:}") @Nullable String username,
                       @Value("${wardops.bootstrap.admin.password:}") @Nullable String password) {
        this.accounts = accounts;
        this.directory = directory;
        this.deployment = deployment;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username == null || username.isBlank() || password == null || password.isBlank()) {
            return;
        }
        CurrentActor.runAs(Actor.system(), () -> transaction.executeWithoutResult(status -> {
            if (jdbc.sql("SELECT COUNT(*) FROM access_account").query(Long.class).single() > 0) {
                return;
            }
            var city = directory.unitByCode(deployment.provinceCode())
                    .orElseThrow(() -> new IllegalStateException("Province " + deployment.provinceCode() + " is not in the unit list"));
            accounts.create(new SaveAccount(username, password, null, city.id(), Set.of(Role.SYSTEM_ADMIN), null));
            log.info("Created the first system administrator '{}'", username);
        }));
    }
}
