package org.wardops.shared.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.WardOpsException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Localised messages of a refused form, by field, so that the form is shown again with every message in place and
 * everything the person typed kept. Problems that belong to no field are listed at the top.
 */
public record FormErrors(Map<String, List<String>> byField, List<String> general) {

    public static final FormErrors NONE = new FormErrors(Map.of(), List.of());

    public static FormErrors of(WardOpsException exception, MessageSource messages) {
        var locale = LocaleContextHolder.getLocale();
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        if (exception instanceof InvalidInputException invalid) {
            for (var problem : invalid.problems()) {
                String text = messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale);
                if (problem.field().isEmpty()) {
                    general.add(text);
                } else {
                    byField.computeIfAbsent(problem.field(), field -> new ArrayList<>()).add(text);
                }
            }
        } else {
            general.add(messages.getMessage(exception.messageKey(), exception.arguments(), locale));
        }
        return new FormErrors(byField, general);
    }

    public boolean any() {
        return !byField.isEmpty() || !general.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<String> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    /** The id of the element that describes a field's errors, for {@code aria-describedby}. */
    public String describedBy(String field) {
        return has(field) ? field + "-error" : "";
    }
}
