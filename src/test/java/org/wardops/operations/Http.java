package org.wardops.operations;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A client of one running WardOps over real HTTP: tokens, form log-in, JSON and multipart requests. */
final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    record Answer(int status, String body, HttpResponse<String> response) {

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    String token(String username, String password) throws Exception {
        Answer answer = json("POST", "/api/v1/auth/tokens", null,
                Map.of("username", username, "password", password));
        expect(answer, 201, "token for " + username);
        return answer.json().get("token").asString();
    }

    Answer json(String method, String path, String token, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    Answer get(String path, String token) throws Exception {
        return json("GET", path, token, null);
    }

    /** A page with a session cookie, redirects not followed. */
    Answer page(String path, String cookie) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).header("Cookie", cookie).GET());
    }

    Answer upload(String path, String token, String fileName, byte[] content) throws Exception {
        String boundary = "----wardops" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Form log-in with the page's CSRF token; answers the cookies it ends with (the SESSION cookie among them). */
    String login(String username, String password) throws Exception {
        Answer page = send(HttpRequest.newBuilder(URI.create(base + "/login")).timeout(TIMEOUT).GET());
        String cookie = cookies(page.response().headers().allValues("Set-Cookie"), "");
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on /login");
        }
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        Answer answer = send(HttpRequest.newBuilder(URI.create(base + "/login")).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = answer.response().headers().firstValue("Location").orElse("");
        if (answer.status() != 302 || location.contains("error") || location.contains("locked")) {
            throw new IllegalStateException("Log-in of " + username + " failed: " + answer.status() + " " + location);
        }
        return cookies(answer.response().headers().allValues("Set-Cookie"), cookie);
    }

    static void expect(Answer answer, int status, String what) {
        if (answer.status() != status) {
            throw new IllegalStateException(what + ": " + answer.status() + " " + answer.body());
        }
    }

    private Answer send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body(), response);
    }

    private static String cookies(List<String> setCookies, String previous) {
        Map<String, String> jar = new LinkedHashMap<>();
        for (String pair : previous.split("; ")) {
            if (pair.contains("=")) {
                jar.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        for (String header : setCookies) {
            String pair = header.split(";", 2)[0];
            jar.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return String.join("; ", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }
}
