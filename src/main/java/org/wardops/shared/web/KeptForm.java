package org.wardops.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The fields of a form that arrived after the person's session had expired, kept in the new session made for the
 * log-in so that the form can show them again afterwards (not saved). Only the unit report form ({@code POST
 * /reports/{id}}) is kept; only its answer fields and version, limited in number and size; taken once.
 *
 * @param path the form's address, which the kept fields belong to
 * @param fields the answer fields by name, as typed
 */
public record KeptForm(String path, LinkedHashMap<String, String> fields) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The session attribute holding the kept form. */
    public static final String ATTRIBUTE = "wardops.keptForm";
    /** The forms that are kept: a unit's report. */
    public static final Pattern KEPT_PATHS = Pattern.compile("/reports/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** Only these fields are kept, and the version the form was read at (so that a later save still sees other saves). */
    public static final String FIELD_PREFIX = "answers.";
    public static final String VERSION = "version";
    public static final int MAX_FIELDS = 200;
    public static final int MAX_CHARACTERS = 200_000;

    /**
     * The answer fields of the request when they fit the limits, else empty (nothing is kept then).
     */
    public static Optional<KeptForm> of(String path, Map<String, String[]> parameters) {
        if (!KEPT_PATHS.matcher(path).matches()) {
            return Optional.empty();
        }
        LinkedHashMap<String, String> fields = new LinkedHashMap<>();
        int characters = 0;
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String[] values = parameter.getValue();
            boolean version = parameter.getKey().equals(VERSION) && values != null && values.length == 1 && values[0].matches("\\d{1,18}");
            if (!version && (!parameter.getKey().startsWith(FIELD_PREFIX) || values == null || values.length == 0)) {
                continue;
            }
            String value = values[values.length - 1];
            characters += parameter.getKey().length() + value.length();
            if (fields.size() >= MAX_FIELDS || characters > MAX_CHARACTERS) {
                return Optional.empty();
            }
            fields.put(parameter.getKey(), value);
        }
        return fields.isEmpty() ? Optional.empty() : Optional.of(new KeptForm(path, fields));
    }

    /** Removes and answers the fields kept for the form at {@code path}, if any; fields of another form stay. */
    public static Optional<Map<String, String>> take(HttpServletRequest request, String path) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof KeptForm kept) || !kept.path().equals(path)) {
            return Optional.empty();
        }
        session.removeAttribute(ATTRIBUTE);
        return Optional.of(Map.copyOf(kept.fields()));
    }
}
