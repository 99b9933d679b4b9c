package org.wardops.difficulties.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.wardops.shared.AccessRefusedException;
import org.wardops.shared.WardOpsException;
import org.wardops.shared.web.FormErrors;

/**
 * A refused or invalid post shows the same page again with the message in place and what was typed kept; a refusal
 * keeps its status (403), so that clients and tests still see that it was refused.
 */
final class Refusals {

    private Refusals() {
    }

    static FormErrors shown(WardOpsException problem, MessageSource messages) {
        if (problem instanceof AccessRefusedException
                && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes && attributes.getResponse() != null) {
            attributes.getResponse().setStatus(HttpServletResponse.SC_FORBIDDEN);
        }
        return FormErrors.of(problem, messages);
    }
}
