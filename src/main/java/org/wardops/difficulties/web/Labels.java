package org.wardops.difficulties.web;

import org.wardops.difficulties.CategoryView;

import java.util.List;

/** Category labels for templates, in the page's language. */
public final class Labels {

    private Labels() {
    }

    public static String category(List<CategoryView> categories, String code, String language) {
        return categories.stream().filter(category -> category.code().equals(code)).findFirst()
                .map(category -> category.label(language)).orElse(code);
    }
}
