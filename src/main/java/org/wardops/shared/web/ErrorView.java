package org.wardops.shared.web;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** What the error page shows: never a stack trace or an unknown exception's message. */
public record ErrorView(int status, String title, String message, List<String> details, @Nullable String reference) {
}
