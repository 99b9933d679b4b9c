package org.wardops.capacity.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.wardops.capacity.SupportStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operating-system release cycles bundled under {@code reference/endoflife/} in endoflife.date's format, and the
 * matching of an asset's product, version and edition to one of them. Matching is strict: a Windows 10 or 11 release
 * without a known edition, a version the catalogue lacks or another product matches nothing, so the asset's support
 * is "unknown", never "supported".
 */
@Component
public class OsCatalogue {

    public static final List<String> PRODUCTS = List.of("windows", "windows-server", "macos", "ubuntu", "debian");
    /** End of support counts as "ending" this many months ahead. */
    public static final int ENDING_MONTHS = 12;

    /** A release of the catalogue: its key ({@code product/cycle}) and end of support (null: none announced). */
    public record Release(String key, @Nullable LocalDate endOfSupport) {
    }

    private static final Pattern WINDOWS_RELEASE = Pattern.compile("\\b(\\d{2}h\\d|\\d{4})\\b");
    private static final Pattern DOTTED = Pattern.compile("(\\d+)(?:\\.(\\d+))?");

    private final Map<String, Release> releases = new HashMap<>();

    public OsCatalogue() {
        JsonMapper json = JsonMapper.builder().build();
        for (String product : PRODUCTS) {
            try (InputStream in = new ClassPathResource("reference/endoflife/" + product + ".json").getInputStream()) {
                for (JsonNode cycle : json.readTree(in)) {
                    String key = product + "/" + cycle.get("cycle").asString().toLowerCase(Locale.ROOT);
                    JsonNode eol = cycle.get("eol");
                    LocalDate end = eol == null || eol.isBoolean() ? (eol != null && eol.asBoolean() ? LocalDate.EPOCH : null)
                            : LocalDate.parse(eol.asString());
                    releases.put(key, new Release(key, end));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public Map<String, Release> releases() {
        return Map.copyOf(releases);
    }

    public Optional<Release> match(@Nullable String product, @Nullable String version, @Nullable String edition) {
        String p = product(product);
        if (p == null || version == null || version.isBlank()) {
            return Optional.empty();
        }
        String v = version.strip().toLowerCase(Locale.ROOT);
        String cycle = switch (p) {
            case "windows" -> windowsCycle(v, edition == null ? "" : edition.strip().toLowerCase(Locale.ROOT));
            case "windows-server" -> v.replace("windows server", "").strip().replaceAll("\\s+", "-");
            case "macos" -> dotted(v, v.startsWith("10.") ? 2 : 1);
            case "ubuntu" -> dotted(v, 2);
            default -> dotted(v, 1);
        };
        if (cycle == null) {
            return Optional.empty();
        }
        Release release = releases.get(p + "/" + cycle);
        if (release == null && p.equals("windows-server")) {
            release = releases.get(p + "/" + cycle + "-sp1");
        }
        return Optional.ofNullable(release);
    }

    /** The support status on a day of a release matched (key non-null) with its end of support. */
    public static SupportStatus status(@Nullable String key, @Nullable LocalDate endOfSupport, LocalDate today) {
        if (key == null) {
            return SupportStatus.UNKNOWN;
        }
        if (endOfSupport == null) {
            return SupportStatus.SUPPORTED;
        }
        if (!today.isBefore(endOfSupport)) {
            return SupportStatus.UNSUPPORTED;
        }
        return endOfSupport.isAfter(today.plusMonths(ENDING_MONTHS)) ? SupportStatus.SUPPORTED : SupportStatus.ENDING;
    }

    private static @Nullable String product(@Nullable String product) {
        if (product == null) {
            return null;
        }
        String p = product.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return switch (p) {
            case "windows", "microsoft-windows" -> "windows";
            case "windows-server", "microsoft-windows-server" -> "windows-server";
            case "macos", "mac-os", "os-x", "mac-os-x" -> "macos";
            case "ubuntu" -> "ubuntu";
            case "debian" -> "debian";
            default -> null;
        };
    }

    private static @Nullable String windowsCycle(String version, String edition) {
        String v = version.replace("windows", "").replace("(", " ").replace(")", " ").strip();
        String major = v.split("\\s+")[0];
        if (!major.equals("10") && !major.equals("11")) {
            return major.isEmpty() ? null : major;
        }
        Matcher release = WINDOWS_RELEASE.matcher(v.substring(major.length()));
        if (!release.find()) {
            return null;
        }
        String suffix = windowsEdition(edition + " " + v);
        return suffix == null ? null : major + "-" + release.group(1) + suffix;
    }

    private static @Nullable String windowsEdition(String text) {
        if (text.contains("ltsc") || text.contains("ltsb")) {
            return text.contains("iot") ? "-iot-lts" : "-e-lts";
        }
        if (text.contains("enterprise") || text.contains("education") && !text.contains("pro education")) {
            return "-e";
        }
        if (text.contains("home") || text.contains("pro") || text.contains("single language")) {
            return "-w";
        }
        return null;
    }

    private static @Nullable String dotted(String version, int parts) {
        Matcher m = DOTTED.matcher(version);
        if (!m.find()) {
            return null;
        }
        return parts == 1 || m.group(2) == null ? m.group(1) : m.group(1) + "." + m.group(2);
    }
}
