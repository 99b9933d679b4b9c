import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load test of a running WardOps demo instance (issue 8, section 1). Run with the single-file source launcher:
 * {@code java bench/src/LoadTest.java http://127.0.0.1:8182 H2}. It talks to 127.0.0.1 only, and every phase is
 * bounded in requests and in time.
 *
 * <ol>
 *   <li>As the demo administrator, creates 50 accounts through {@code POST /api/v1/accounts}: unit leaders and unit
 *   officers of the wards Xóm Chiếu, Khánh Hội and Vĩnh Hội.</li>
 *   <li>Each account gets an API token and a page session (form log-in with its CSRF token).</li>
 *   <li>Reads, at 10 and at 50 concurrent clients (client k acts as account k): the unit page, home, task and
 *   difficulty lists (page and API), a report page and {@code GET /api/v1/units/{id}}.</li>
 *   <li>Writes with 20 concurrent writers: people, difficulty drafts and progress on the writer's own task.</li>
 * </ol>
 * Prints one markdown table: requests, errors (any answer other than the expected status, or no answer), 409s,
 * p50/p95/p99 in milliseconds and throughput per endpoint and phase.
 */
public class LoadTest {

    static final String PASSWORD = "Load-test-password-2026";
    static final String DEMO_PASSWORD = "wardops-demo";
    static final int ACCOUNTS = 50;
    static final int WRITERS = 20;
    static final int READS_PER_ENDPOINT = Integer.getInteger("reads", 1000);
    /** Unmeasured requests per endpoint first, so that the measured phases see compiled code, not the interpreter. */
    static final int WARM_UP_PER_ENDPOINT = Integer.getInteger("warmup", 500);
    static final int WRITES_PER_WRITER = Integer.getInteger("writes", 25);
    static final Duration PHASE_LIMIT = Duration.ofSeconds(Integer.getInteger("phaseSeconds", 90));
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    static final String[] WARDS = {"xom chieu", "khanh hoi", "vinh hoi"};

    static String base;
    static HttpClient http;
    static final List<String> rows = new ArrayList<>();

    record Account(String username, String unitId, boolean leader, String token, String cookie) {
    }

    record Answer(int status, String body, List<String> cookies) {
    }

    public static void main(String[] args) throws Exception {
        base = args.length > 0 ? args[0] : "http://127.0.0.1:8182";
        String label = args.length > 1 ? args[1] : "";
        if (!base.startsWith("http://127.0.0.1:")) {
            throw new IllegalArgumentException("Only 127.0.0.1 is load-tested");
        }
        try (ExecutorService clientThreads = Executors.newVirtualThreadPerTaskExecutor()) {
            http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(clientThreads)
                    .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
            run(label);
        }
    }

    static void run(String label) throws Exception {
        String admin = token("admin", DEMO_PASSWORD);
        List<String> wardIds = new ArrayList<>();
        for (String ward : WARDS) {
            Answer found = get("/api/v1/units?type=WARD&q=" + URLEncoder.encode(ward, StandardCharsets.UTF_8), admin, null);
            wardIds.add(first(found.body(), "id"));
        }
        long setupStart = System.nanoTime();
        String stamp = Long.toString(System.currentTimeMillis() % 100_000, 36);
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            String username = "load" + stamp + "." + String.format("%02d", i);
            String unitId = wardIds.get(i % WARDS.length);
            boolean leader = i % 2 == 0;
            Answer created = send("POST", "/api/v1/accounts", admin, null, "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD
                    + "\",\"unitId\":\"" + unitId + "\",\"roles\":[\"" + (leader ? "UNIT_LEADER" : "UNIT_OFFICER") + "\"]}");
            expect(created, 201, "create account " + username);
            accounts.add(new Account(username, unitId, leader, token(username, PASSWORD), login(username, PASSWORD)));
        }
        System.err.printf("set-up: 50 accounts with tokens and sessions in %d ms%n", (System.nanoTime() - setupStart) / 1_000_000);

        Map<String, String> reportOfUnit = new LinkedHashMap<>();
        for (Account account : accounts) {
            if (!reportOfUnit.containsKey(account.unitId())) {
                Answer reports = get("/api/v1/reports?unitId=" + account.unitId(), account.token(), null);
                reportOfUnit.put(account.unitId(), first(reports.body(), "id"));
            }
        }
        String category = "INFRASTRUCTURE";
        List<String> taskOfWriter = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            Account writer = accounts.get(w);
            Account leader = accounts.stream().filter(a -> a.leader() && a.unitId().equals(writer.unitId())).findFirst().orElseThrow();
            LocalDate today = LocalDate.now();
            Answer task = send("POST", "/api/v1/tasks", leader.token(), null, "{\"title\":\"Load test task " + w + "\",\"unitId\":\""
                    + writer.unitId() + "\",\"startDate\":\"" + today + "\",\"dueDate\":\"" + today.plusMonths(3) + "\",\"priority\":\"NORMAL\"}");
            expect(task, 201, "create task");
            taskOfWriter.add(first(task.body(), "id"));
        }

        Map<String, Endpoint> reads = new LinkedHashMap<>();
        reads.put("page /units/{id}", a -> get("/units/" + a.unitId(), null, a.cookie()));
        reads.put("page /", a -> get("/", null, a.cookie()));
        reads.put("page /tasks", a -> get("/tasks", null, a.cookie()));
        reads.put("page /difficulties", a -> get("/difficulties", null, a.cookie()));
        reads.put("page /reports/{id}", a -> get("/reports/" + reportOfUnit.get(a.unitId()), null, a.cookie()));
        reads.put("GET /api/v1/me/todo", a -> get("/api/v1/me/todo", a.token(), null));
        reads.put("GET /api/v1/units/{id}", a -> get("/api/v1/units/" + a.unitId(), a.token(), null));
        reads.put("GET /api/v1/tasks", a -> get("/api/v1/tasks", a.token(), null));
        reads.put("GET /api/v1/difficulties", a -> get("/api/v1/difficulties", a.token(), null));

        for (var read : reads.entrySet()) {
            phase(label, "warm-up", read.getKey(), 10, WARM_UP_PER_ENDPOINT, accounts, read.getValue(), 200, false);
        }
        for (int clients : new int[] {10, 50}) {
            for (var read : reads.entrySet()) {
                phase(label, clients + " clients", read.getKey(), clients, READS_PER_ENDPOINT, accounts, read.getValue(), 200, true);
            }
        }

        AtomicInteger sequence = new AtomicInteger();
        Map<String, WriteEndpoint> writes = new LinkedHashMap<>();
        writes.put("POST /api/v1/people", (w, a) -> send("POST", "/api/v1/people", a.token(), null,
                "{\"fullName\":\"Người thử tải " + sequence.incrementAndGet() + "\",\"title\":\"Cán bộ\",\"unitId\":\"" + a.unitId() + "\"}"));
        writes.put("POST /api/v1/difficulties (draft)", (w, a) -> send("POST", "/api/v1/difficulties", a.token(), null,
                "{\"unitId\":\"" + a.unitId() + "\",\"title\":\"Khó khăn thử tải " + sequence.incrementAndGet()
                        + "\",\"description\":\"Máy tính cũ, mạng chậm.\",\"category\":\"" + category
                        + "\",\"severity\":\"MEDIUM\",\"recommendation\":\"Đề nghị thành phố hỗ trợ thiết bị.\"}"));
        writes.put("POST /api/v1/tasks/{id}/progress", (w, a) -> send("POST", "/api/v1/tasks/" + taskOfWriter.get(w) + "/progress",
                a.token(), null, "{\"percent\":" + (sequence.incrementAndGet() % 100) + ",\"note\":\"Tiến độ thử tải\"}"));
        for (var write : writes.entrySet()) {
            writePhase(label, write.getKey(), accounts, write.getValue());
        }
        System.out.println("| database | phase | endpoint | requests | errors | 409 | p50 ms | p95 ms | p99 ms | req/s |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    interface Endpoint {
        Answer call(Account account) throws Exception;
    }

    interface WriteEndpoint {
        Answer call(int writer, Account account) throws Exception;
    }

    static void phase(String label, String phase, String name, int clients, int requests, List<Account> accounts, Endpoint endpoint,
                      int expected, boolean record) throws InterruptedException {
        Result result = new Result();
        long deadline = System.nanoTime() + PHASE_LIMIT.toNanos();
        AtomicInteger remaining = new AtomicInteger(requests);
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                Account account = accounts.get(c % accounts.size());
                pool.submit(() -> {
                    while (remaining.getAndDecrement() > 0 && System.nanoTime() < deadline) {
                        result.measure(() -> endpoint.call(account), expected);
                    }
                });
            }
        }
        if (record) {
            rows.add(result.row(label, phase, name, System.nanoTime() - start));
        }
        System.err.println(result.row(label, phase, name, System.nanoTime() - start));
    }

    static void writePhase(String label, String name, List<Account> accounts, WriteEndpoint endpoint) throws InterruptedException {
        Result result = new Result();
        long deadline = System.nanoTime() + PHASE_LIMIT.toNanos();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                Account account = accounts.get(w);
                int expected = name.contains("progress") ? 200 : 201;
                pool.submit(() -> {
                    for (int i = 0; i < WRITES_PER_WRITER && System.nanoTime() < deadline; i++) {
                        result.measure(() -> endpoint.call(writer, account), expected);
                    }
                });
            }
        }
        String row = result.row(label, WRITERS + " writers", name, System.nanoTime() - start);
        rows.add(row);
        System.err.println(row);
    }

    static class Result {
        final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        final AtomicInteger errors = new AtomicInteger();
        final AtomicInteger conflicts = new AtomicInteger();
        final ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();

        void measure(Call call, int expected) {
            long start = System.nanoTime();
            try {
                Answer answer = call.call();
                nanos.add(System.nanoTime() - start);
                if (answer.status() == 409) {
                    conflicts.incrementAndGet();
                } else if (answer.status() != expected) {
                    errors.incrementAndGet();
                    if (samples.size() < 3) {
                        samples.add(answer.status() + " " + answer.body().substring(0, Math.min(300, answer.body().length())));
                    }
                }
            } catch (Exception e) {
                nanos.add(System.nanoTime() - start);
                errors.incrementAndGet();
                if (samples.size() < 3) {
                    samples.add(e.toString());
                }
            }
        }

        String row(String label, String phase, String name, long elapsed) {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            samples.forEach(sample -> System.err.println("  error sample (" + name + "): " + sample));
            return String.format("| %s | %s | %s | %d | %d | %d | %.1f | %.1f | %.1f | %.0f |", label, phase, name, sorted.size(),
                    errors.get(), conflicts.get(), percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99),
                    sorted.size() / (elapsed / 1e9));
        }

        static double percentile(List<Long> sorted, double p) {
            if (sorted.isEmpty()) {
                return 0;
            }
            int index = Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1);
            return sorted.get(Math.max(0, index)) / 1e6;
        }
    }

    interface Call {
        Answer call() throws Exception;
    }

    static String token(String username, String password) throws Exception {
        Answer answer = send("POST", "/api/v1/auth/tokens", null, null,
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        expect(answer, 201, "token for " + username);
        return first(answer.body(), "token");
    }

    /** Form log-in: the log-in page's session and CSRF token, then the post; answers the session cookie it ends with. */
    static String login(String username, String password) throws Exception {
        Answer page = get("/login", null, null);
        String cookie = cookies(page.cookies(), "");
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on /login");
        }
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/login")).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error") || location.contains("locked")) {
            throw new IllegalStateException("Log-in of " + username + " failed: " + response.statusCode() + " " + location);
        }
        return cookies(response.headers().allValues("Set-Cookie"), cookie);
    }

    static String cookies(List<String> setCookies, String previous) {
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
        List<String> parts = new ArrayList<>();
        jar.forEach((name, value) -> parts.add(name + "=" + value));
        return String.join("; ", parts);
    }

    static Answer get(String path, String token, String cookie) throws Exception {
        return send("GET", path, token, cookie, null);
    }

    static Answer send(String method, String path, String token, String cookie, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(), response.headers().allValues("Set-Cookie"));
    }

    static void expect(Answer answer, int status, String what) {
        if (answer.status() != status) {
            throw new IllegalStateException(what + ": " + answer.status() + " " + answer.body());
        }
    }

    static String first(String json, String field) {
        Matcher matcher = Pattern.compile("\"" + field + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("No " + field + " in " + json.substring(0, Math.min(400, json.length())));
        }
        return matcher.group(1);
    }
}
