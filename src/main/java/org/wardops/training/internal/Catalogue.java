package org.wardops.training.internal;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.wardops.shared.InvalidInputException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The topic catalogue as the facades use it: by code, and labels in the reader's language. */
@Component
public class Catalogue {

    private final CourseStore store;

    Catalogue(CourseStore store) {
        this.store = store;
    }

    public List<Topic> topics() {
        return store.topics();
    }

    public Optional<Topic> find(String code) {
        return store.topics().stream().filter(t -> t.code().equals(code.strip())).findFirst();
    }

    /** The topic, or a 400 on the field when the catalogue has no such code. */
    public Topic require(String field, String code) {
        return find(code).orElseThrow(() -> InvalidInputException.of(field, "training.error.topic.unknown"));
    }

    public Function<String, String> labels() {
        String language = language();
        Map<String, String> labels = new HashMap<>();
        store.topics().forEach(t -> labels.put(t.code(), t.label(language)));
        return code -> labels.getOrDefault(code, code);
    }

    public static String language() {
        return LocaleContextHolder.getLocale().getLanguage();
    }
}
