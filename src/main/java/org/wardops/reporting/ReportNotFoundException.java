package org.wardops.reporting;

import org.wardops.shared.NotFoundException;

import java.util.UUID;

public class ReportNotFoundException extends NotFoundException {

    public ReportNotFoundException(String what, UUID id) {
        super("reporting.error." + what + ".notFound", id);
    }
}
