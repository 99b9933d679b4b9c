package org.wardops.support;

/** Facts about where the tests run. */
public final class TestEnvironment {

    private TestEnvironment() {
    }

    /** On CI every test that needs PostgreSQL or Chromium must run; elsewhere such tests may skip. */
    public static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }
}
