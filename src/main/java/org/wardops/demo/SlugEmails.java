package org.wardops.demo;

import org.wardops.shared.text.SearchText;

/** Demo e-mail addresses from invented names, on a domain that can never receive mail. */
final class SlugEmails {

    private SlugEmails() {
    }

    static String of(String name) {
        return SearchText.fold(name).replace(' ', '.');
    }
}
