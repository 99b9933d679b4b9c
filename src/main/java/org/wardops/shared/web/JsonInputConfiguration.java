package org.wardops.shared.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.module.SimpleModule;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What a JSON body may hold before any module sees it: no {@code null} inside a list or set (a {@code [null]} list of
 * ids would otherwise travel to SQL), and no number that no column can store — a non-finite double ({@code 1e400})
 * or a decimal with more than {@value #MAX_INTEGER_DIGITS} integer digits. Each is refused while reading, so the
 * answer is a 400 that names the field, and the module's own bounds apply to everything else.
 */
@Configuration(proxyBeanMethods = false)
class JsonInputConfiguration {

    static final int MAX_INTEGER_DIGITS = 15;

    @Bean
    JsonMapperBuilderCustomizer refuseNullElementsAndUnstorableNumbers() {
        SimpleModule numbers = new SimpleModule("wardops-numbers")
                .addDeserializer(Double.class, new FiniteDouble(Double.class, null))
                .addDeserializer(double.class, new FiniteDouble(Double.TYPE, 0.0))
                .addDeserializer(BigDecimal.class, new BoundedDecimal());
        JsonSetter.Value noNullElements = JsonSetter.Value.forContentNulls(Nulls.FAIL);
        return builder -> {
            for (Class<?> collection : List.of(Collection.class, List.class, Set.class)) {
                builder.withConfigOverride(collection, override -> override.setNullHandling(noNullElements));
            }
            builder.addModule(numbers);
        };
    }

    static final class FiniteDouble extends NumberDeserializers.DoubleDeserializer {

        @SuppressWarnings({"unchecked", "rawtypes"})
        FiniteDouble(Class type, Double empty) {
            super(type, empty);
        }

        @Override
        public Double deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            Double value = super.deserialize(parser, context);
            if (value != null && !Double.isFinite(value)) {
                return (Double) context.handleWeirdNumberValue(Double.class, value, "number out of range");
            }
            return value;
        }
    }

    static final class BoundedDecimal extends NumberDeserializers.BigDecimalDeserializer {

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            BigDecimal value = super.deserialize(parser, context);
            if (value != null && value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
                return (BigDecimal) context.handleWeirdNumberValue(BigDecimal.class, value, "number out of range");
            }
            return value;
        }
    }
}
