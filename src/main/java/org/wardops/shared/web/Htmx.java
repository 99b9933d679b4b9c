package org.wardops.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/** Helpers for htmx requests: they get a partial, every other request the full page. */
public final class Htmx {

    private Htmx() {
    }

    public static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request")) && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }

    /** The full page, or its partial {@code _name} beside it for htmx requests. */
    public static String pageOrPartial(HttpServletRequest request, String page, String partial) {
        return isHtmx(request) ? partial : page;
    }
}
