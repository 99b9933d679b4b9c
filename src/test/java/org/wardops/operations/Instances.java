package org.wardops.operations;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.wardops.WardOpsApplication;

import java.util.ArrayList;
import java.util.List;

/**
 * Whole WardOps applications in this JVM, each on a random port of its own, on a database the test names: what an
 * operations team runs behind its proxy. No demo data; the first administrator comes from the bootstrap settings.
 */
final class Instances {

    static final String ADMIN = "quantri";
    static final String PASSWORD = "Mat-khau-van-hanh-2026";

    private Instances() {
    }

    record Instance(ConfigurableApplicationContext context, int port, Http http) implements AutoCloseable {

        @Override
        public void close() {
            context.close();
        }
    }

    static Instance start(String databaseUrl, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--wardops.bootstrap.admin.username=" + ADMIN,
                "--wardops.bootstrap.admin.password=" + PASSWORD,
                // The tests trigger the jobs themselves; the mail job would otherwise run every 30 s on its own.
                "--wardops.notifications.mail-interval=1h",
                "--spring.main.banner-mode=off"));
        args.addAll(List.of(more));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(WardOpsApplication.class)
                .run(args.toArray(String[]::new));
        int port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
        return new Instance(context, port, new Http(port));
    }
}
