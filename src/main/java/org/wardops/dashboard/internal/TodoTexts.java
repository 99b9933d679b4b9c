package org.wardops.dashboard.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The sentences of standing items and details, in the reader's language (the page's and the API's). */
@Component
public class TodoTexts {

    private final MessageSource messages;

    TodoTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String t(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
