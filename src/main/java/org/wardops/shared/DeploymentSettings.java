package org.wardops.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What this deployment operates: the province or centrally-run city (its official two-digit code) whose units,
 * working groups and people it manages, and whether it runs the demo. Every deployment holds the whole country's
 * unit list as reference data; pages default to this province.
 */
@ConfigurationProperties("wardops.deployment")
public record DeploymentSettings(@DefaultValue("79") String province, @DefaultValue("false") boolean demo) {

    /** The province code as written in the official list: two digits, zero-padded. */
    public String provinceCode() {
        return province.length() == 1 ? "0" + province : province;
    }
}
