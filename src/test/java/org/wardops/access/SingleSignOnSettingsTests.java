package org.wardops.access;

import org.junit.jupiter.api.Test;
import org.wardops.shared.security.Role;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

class SingleSignOnSettingsTests {

    @Test
    void readsTheRoleMappingAsProviderValueColonRolePairs() {
        SingleSignOn.Settings settings = new SingleSignOn.Settings("preferred_username", "groups",
                List.of("wardops-admins:SYSTEM_ADMIN", " /city/leaders : CITY_LEADER"), null, null, null, null);

        assertThat(settings.roles()).containsExactly(entry("wardops-admins", Role.SYSTEM_ADMIN), entry("/city/leaders", Role.CITY_LEADER));
    }

    @Test
    void refusesToStartWithAMappingToNoKnownRole() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SingleSignOn.Settings("preferred_username", "groups",
                List.of("wardops-admins:ADMINISTRATOR"), null, null, null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new SingleSignOn.Settings("preferred_username", "groups",
                List.of("wardops-admins"), null, null, null, null)).withMessageContaining("providerValue:ROLE");
    }
}
