package org.wardops.citizensupport;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Period;

/**
 * Settings of the citizen-support module.
 *
 * @param retention how long assistance entries are kept one by one (e.g. {@code 24m}); older entries are reduced to
 *                  monthly counts per unit, team, service and outcome
 * @param jobsEnabled whether the retention job runs on its schedule (tests run it themselves)
 */
@ConfigurationProperties("wardops.citizensupport")
public record CitizenSupportSettings(@DefaultValue("24m") Period retention, @DefaultValue("true") boolean jobsEnabled) {
}
