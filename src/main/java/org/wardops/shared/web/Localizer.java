package org.wardops.shared.web;

import org.springframework.context.MessageSource;
import org.wardops.shared.WardOpsException;

import java.util.Locale;

/** Resolves message keys in one language; templates call {@code ctx.t("key")}. */
public final class Localizer {

    private final MessageSource messages;
    private final Locale locale;

    public Localizer(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public String t(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    public String t(WardOpsException exception) {
        return messages.getMessage(exception.messageKey(), exception.arguments(), locale);
    }

    public Locale locale() {
        return locale;
    }
}
