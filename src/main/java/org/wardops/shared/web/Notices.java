package org.wardops.shared.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A one-line confirmation shown once on the page a form redirects to ("Saved."). */
@Component
public class Notices {

    private final MessageSource messages;

    Notices(MessageSource messages) {
        this.messages = messages;
    }

    public void add(RedirectAttributes redirect, String key, Object... arguments) {
        redirect.addFlashAttribute(PageContextAdvice.NOTICE, messages.getMessage(key, arguments, LocaleContextHolder.getLocale()));
    }
}
