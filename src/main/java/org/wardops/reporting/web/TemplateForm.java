package org.wardops.reporting.web;

import org.jspecify.annotations.Nullable;
import org.wardops.reporting.FieldType;
import org.wardops.reporting.ReportTemplateView;
import org.wardops.reporting.TemplateField;
import org.wardops.reporting.TemplateSection;
import org.wardops.reporting.Texts;
import org.wardops.shared.InvalidInputException.FieldProblem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The template builder's form as typed: every section and field as text, so that a refused or re-arranged form shows
 * exactly what was typed. Parameter names follow the problems the facade reports ({@code sections[0].fields[1].key}),
 * so that every message lands next to its input.
 */
public record TemplateForm(String name, List<Section> sections) {

    static final int MAX_SECTIONS = 50;
    static final int MAX_FIELDS = 100;

    /** A section as typed. */
    public record Section(String titleVi, String titleEn, String titleDe, List<Field> fields) {
    }

    /** A field as typed; bounds and options stay text until saved. */
    public record Field(String key, String type, String labelVi, String labelEn, String labelDe, String helpVi, String helpEn,
                        String helpDe, boolean required, String min, String max, String options) {

        static Field blank() {
            return new Field("", FieldType.TEXT.name(), "", "", "", "", "", "", false, "", "", "");
        }
    }

    /** One empty section with one empty field: the start of a new template. */
    static TemplateForm blank() {
        List<Section> sections = new ArrayList<>();
        sections.add(blankSection());
        return new TemplateForm("", sections);
    }

    static Section blankSection() {
        List<Field> fields = new ArrayList<>();
        fields.add(Field.blank());
        return new Section("", "", "", fields);
    }

    /** The sections and fields of an existing version, for its next version. */
    static TemplateForm of(ReportTemplateView template) {
        List<Section> sections = new ArrayList<>();
        for (TemplateSection section : template.sections()) {
            List<Field> fields = new ArrayList<>();
            for (TemplateField field : section.fields()) {
                Texts help = field.help();
                fields.add(new Field(field.key(), field.type().name(), field.label().vi(), field.label().en(), field.label().de(),
                        help == null ? "" : help.vi(), help == null ? "" : help.en(), help == null ? "" : help.de(), field.required(),
                        field.min() == null ? "" : field.min().toPlainString(), field.max() == null ? "" : field.max().toPlainString(),
                        String.join("\n", field.optionLabels().stream().map(TemplateForm::optionLine).toList())));
            }
            sections.add(new Section(section.title().vi(), section.title().en(), section.title().de(), fields));
        }
        return new TemplateForm(template.name(), sections);
    }

    /** Reads the posted form; rows are numbered from 0 without gaps, at most 50 sections of at most 100 fields. */
    static TemplateForm read(Map<String, String[]> parameters) {
        Function<String, String> value = name -> {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? "" : values[values.length - 1];
        };
        List<Section> sections = new ArrayList<>();
        for (int s = 0; s < MAX_SECTIONS && parameters.containsKey(section(s) + ".title.vi"); s++) {
            String prefix = section(s);
            List<Field> fields = new ArrayList<>();
            for (int f = 0; f < MAX_FIELDS && parameters.containsKey(field(s, f) + ".key"); f++) {
                String name = field(s, f);
                fields.add(new Field(value.apply(name + ".key").strip(), value.apply(name + ".type"), value.apply(name + ".label.vi"),
                        value.apply(name + ".label.en"), value.apply(name + ".label.de"), value.apply(name + ".help.vi"),
                        value.apply(name + ".help.en"), value.apply(name + ".help.de"), parameters.containsKey(name + ".required"),
                        value.apply(name + ".min").strip(), value.apply(name + ".max").strip(), value.apply(name + ".options")));
            }
            sections.add(new Section(value.apply(prefix + ".title.vi"), value.apply(prefix + ".title.en"), value.apply(prefix + ".title.de"),
                    fields));
        }
        return new TemplateForm(value.apply("name"), sections);
    }

    /**
     * Applies a row button: {@code addSection}, {@code addField-s}, {@code removeSection-s}, {@code removeField-s-f}.
     * Answers false for anything else (such as saving).
     */
    boolean rearrange(String action) {
        String[] parts = action.split("-");
        try {
            switch (parts[0]) {
                case "addSection" -> {
                    if (sections.size() < MAX_SECTIONS) {
                        sections.add(blankSection());
                    }
                }
                case "addField" -> {
                    List<Field> fields = sections.get(Integer.parseInt(parts[1])).fields();
                    if (fields.size() < MAX_FIELDS) {
                        fields.add(Field.blank());
                    }
                }
                case "removeSection" -> sections.remove(Integer.parseInt(parts[1]));
                case "removeField" -> sections.get(Integer.parseInt(parts[1])).fields().remove(Integer.parseInt(parts[2]));
                default -> {
                    return false;
                }
            }
            return true;
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            return true;
        }
    }

    /** The sections to save; bounds that are not numbers and unknown types are added to {@code problems}. */
    List<TemplateSection> toSections(List<FieldProblem> problems) {
        List<TemplateSection> result = new ArrayList<>();
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            List<TemplateField> fields = new ArrayList<>();
            for (int f = 0; f < section.fields().size(); f++) {
                Field field = section.fields().get(f);
                String name = field(s, f);
                FieldType type = null;
                if (!field.type().isBlank()) {
                    try {
                        type = FieldType.valueOf(field.type());
                    } catch (IllegalArgumentException e) {
                        problems.add(FieldProblem.of(name + ".type", "reporting.error.template.typeRequired"));
                    }
                }
                boolean blankHelp = field.helpVi().isBlank() && field.helpEn().isBlank() && field.helpDe().isBlank();
                List<Texts> labels = Arrays.stream(field.options().split("\\R")).map(String::strip).filter(option -> !option.isEmpty())
                        .map(TemplateForm::optionTexts).filter(texts -> !texts.vi().isEmpty()).toList();
                List<String> options = labels.stream().map(Texts::vi).distinct().toList();
                List<Texts> optionLabels = options.stream().map(option -> labels.stream().filter(texts -> texts.vi().equals(option)).findFirst().orElseThrow()).toList();
                fields.add(new TemplateField(field.key(), type, new Texts(field.labelVi().strip(), field.labelEn().strip(), field.labelDe().strip()),
                        blankHelp ? null : new Texts(field.helpVi().strip(), field.helpEn().strip(), field.helpDe().strip()), field.required(),
                        bound(field.min(), name + ".min", problems), bound(field.max(), name + ".max", problems),
                        type == FieldType.CHOICE ? options : List.of(), type == FieldType.CHOICE ? optionLabels : List.of()));
            }
            result.add(new TemplateSection(new Texts(section.titleVi().strip(), section.titleEn().strip(), section.titleDe().strip()), fields));
        }
        return result;
    }

    /** A choice as the builder writes it: "Còn hạn chế | Limited | Eingeschränkt" (English and German may be left out). */
    static Texts optionTexts(String line) {
        String[] parts = line.split("\\|", -1);
        return new Texts(parts[0].strip(), parts.length > 1 ? parts[1].strip() : "", parts.length > 2 ? parts[2].strip() : "");
    }

    static String optionLine(Texts texts) {
        return texts.en().equals(texts.vi()) && texts.de().equals(texts.vi()) ? texts.vi() : texts.vi() + " | " + texts.en() + " | " + texts.de();
    }

    private static @Nullable BigDecimal bound(String text, String name, List<FieldProblem> problems) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(name, "reporting.error.template.boundInvalid"));
            return null;
        }
    }

    public static String section(int s) {
        return "sections[" + s + "]";
    }

    public static String field(int s, int f) {
        return section(s) + ".fields[" + f + "]";
    }

    public FieldType[] types() {
        return FieldType.values();
    }
}
