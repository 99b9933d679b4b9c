package org.wardops.dashboard.web;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A line chart laid out on the server for {@code components/chartLine.jte}: an SVG with title and description, the
 * line broken where a value is missing ("no data" is not zero), and the same numbers as a table beside it. Coordinates
 * are computed here so that the page needs no JavaScript, prints as it shows and weighs a few hundred bytes.
 */
public record LineChart(String id, String title, String description, String valueHeader, String noData, List<Point> points,
                        List<String> segments, List<Tick> ticks) {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 220;
    static final int LEFT = 44;
    static final int RIGHT = 12;
    static final int TOP = 12;
    static final int BOTTOM = 36;

    /** One value on the x axis; {@code value} null: no data for that label. */
    public record Point(String label, @Nullable BigDecimal value, String valueText, double x, double y) {

        public boolean hasValue() {
            return value != null;
        }

        public String cx() {
            return coordinate(x);
        }

        public String cy() {
            return coordinate(y);
        }
    }

    /** A horizontal grid line with its label. */
    public record Tick(String label, double y) {

        public String cy() {
            return coordinate(y);
        }
    }

    /** An input value: label (a period's name), value (null: no data) and its text in the reader's language. */
    public record Value(String label, @Nullable BigDecimal value, String text) {
    }

    /**
     * Lays out the values from 0 to {@code max} (the largest value when null or smaller), with four grid lines
     * labelled by {@code tickText}.
     */
    public static LineChart of(String id, String title, String description, String valueHeader, String noData, List<Value> values,
                               @Nullable BigDecimal max, java.util.function.Function<BigDecimal, String> tickText) {
        double top = max == null ? 0 : max.doubleValue();
        for (Value value : values) {
            if (value.value() != null) {
                top = Math.max(top, value.value().doubleValue());
            }
        }
        if (top <= 0) {
            top = 1;
        }
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double step = values.size() > 1 ? plotWidth / (values.size() - 1) : 0;
        List<Point> points = new ArrayList<>();
        List<String> segments = new ArrayList<>();
        StringBuilder segment = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            Value value = values.get(i);
            double x = LEFT + (values.size() > 1 ? i * step : plotWidth / 2);
            double y = value.value() == null ? TOP + plotHeight : TOP + plotHeight - value.value().doubleValue() / top * plotHeight;
            points.add(new Point(value.label(), value.value(), value.text(), x, y));
            if (value.value() == null) {
                flush(segment, segments);
            } else {
                segment.append(segment.isEmpty() ? "" : " ").append(coordinate(x)).append(',').append(coordinate(y));
            }
        }
        flush(segment, segments);
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            BigDecimal level = BigDecimal.valueOf(top * i / 4).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
            ticks.add(new Tick(tickText.apply(level), TOP + plotHeight - plotHeight * i / 4));
        }
        return new LineChart(id, title, description, valueHeader, noData, points, segments, ticks);
    }

    private static void flush(StringBuilder segment, List<String> segments) {
        if (!segment.isEmpty()) {
            segments.add(segment.toString());
            segment.setLength(0);
        }
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    public String axisY() {
        return coordinate(HEIGHT - BOTTOM);
    }

    public String labelY() {
        return coordinate(HEIGHT - BOTTOM + 18);
    }

    public String left() {
        return Integer.toString(LEFT);
    }

    public String right() {
        return Integer.toString(WIDTH - RIGHT);
    }

    public String tickX() {
        return Integer.toString(LEFT - 6);
    }

    /** Whether the label of point {@code index} is drawn (every other one when there are many). */
    public boolean labelled(int index) {
        return points.size() <= 6 || index % 2 == (points.size() - 1) % 2;
    }

    static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
