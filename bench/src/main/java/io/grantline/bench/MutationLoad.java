package io.grantline.bench;

import io.grantline.app.GrantlineApplication;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * N concurrent clients creating and updating organizations and environments through GraphQL. Every
 * mutation's answer must already show its own effect, and the next read must too (read-your-writes);
 * a client that sees otherwise counts a violation. Reports mutations/s and p50/p99 latency per operation.
 *
 * <p>Arguments: {@code --clients 8 --seconds 30 --warmup 5 [--url http://localhost:8080]}; without a URL
 * Grantline is started in-process on a throw-away data folder.
 */
public final class MutationLoad {

    private final Map<String, String> options;
    private final LatencyRecorder createOrganization = new LatencyRecorder("createOrganization");
    private final LatencyRecorder updateOrganization = new LatencyRecorder("updateOrganization");
    private final LatencyRecorder createEnvironment = new LatencyRecorder("createEnvironment");
    private final LatencyRecorder updateEnvironment = new LatencyRecorder("updateEnvironment");
    private final AtomicInteger readYourWritesViolations = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();

    private MutationLoad(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        ConfigurableApplicationContext app = null;
        String url = options.get("url");
        if (url == null) {
            app = startInProcess();
            url = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        }
        try {
            new MutationLoad(options).run(url);
        } finally {
            if (app != null) {
                app.close();
            }
        }
        System.exit(0);
    }

    private void run(String url) throws Exception {
        int clients = Integer.parseInt(options.getOrDefault("clients", "8"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "5"));
        System.out.printf("Warming up for %d s with %d clients against %s%n", warmup, clients, url);
        drive(url, clients, warmup, null);
        System.out.printf("Measuring for %d s with %d clients%n", seconds, clients);
        long start = System.nanoTime();
        drive(url, clients, seconds, this);
        double elapsed = (System.nanoTime() - start) / 1e9;
        int mutations = createOrganization.count() + updateOrganization.count() + createEnvironment.count()
                + updateEnvironment.count();
        System.out.printf("%nclients %d, %.1f s, %d mutations, %.1f mutations/s, %d read-your-writes violations, "
                + "%d failures%n", clients, elapsed, mutations, mutations / elapsed, readYourWritesViolations.get(),
                failures.get());
        for (LatencyRecorder recorder : List.of(createOrganization, updateOrganization, createEnvironment,
                updateEnvironment)) {
            System.out.println(recorder.report(elapsed));
        }
    }

    private void drive(String url, int clients, int seconds, MutationLoad recording) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String team = "bench-team-" + i + "-" + System.nanoTime();
            GraphQlClient client = GraphQlClient.signIn(url, "bench-user-" + i, List.of(team));
            running.add(pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    try {
                        new Workflow(client, team, recording).runOnce();
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        System.err.println("Workflow failed: " + e.getMessage());
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
        pool.shutdown();
    }

    /** One client's round: an organization and an environment in it, each created then updated. */
    private final class Workflow {

        private final GraphQlClient client;
        private final String team;
        private final MutationLoad recording;

        Workflow(GraphQlClient client, String team, MutationLoad recording) {
            this.client = client;
            this.team = team;
            this.recording = recording;
        }

        void runOnce() throws Exception {
            String label = "org-" + ThreadLocalRandom.current().nextInt(1_000_000);
            long t0 = System.nanoTime();
            var created = client.call(Documents.CREATE_ORGANIZATION,
                    Map.of("input", Map.of("label", label, "SamlGroupName", team)));
            record(createOrganization, t0);
            String organizationUri = created.get("createOrganization").get("organizationUri").asText();
            expect(label.equals(created.get("createOrganization").get("label").asText()));

            long t1 = System.nanoTime();
            var updated = client.call(Documents.UPDATE_ORGANIZATION,
                    Map.of("uri", organizationUri, "input", Map.of("label", label + "-v2")));
            record(updateOrganization, t1);
            expect((label + "-v2").equals(updated.get("updateOrganization").get("label").asText()));
            var read = client.call(Documents.GET_ORGANIZATION, Map.of("uri", organizationUri));
            expect((label + "-v2").equals(read.get("getOrganization").get("label").asText()));

            String account = String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
            long t2 = System.nanoTime();
            var environment = client.call(Documents.CREATE_ENVIRONMENT, Map.of("input", Map.of(
                    "label", "env-" + account, "organizationUri", organizationUri, "AwsAccountId", account,
                    "region", "eu-west-1", "SamlGroupName", team)));
            record(createEnvironment, t2);
            String environmentUri = environment.get("createEnvironment").get("environmentUri").asText();

            long t3 = System.nanoTime();
            var environmentUpdated = client.call(Documents.UPDATE_ENVIRONMENT,
                    Map.of("uri", environmentUri, "input", Map.of("description", "load " + account)));
            record(updateEnvironment, t3);
            expect(("load " + account).equals(environmentUpdated.get("updateEnvironment").get("description").asText()));
        }

        private void record(LatencyRecorder recorder, long startNanos) {
            if (recording != null) {
                recorder.record(System.nanoTime() - startNanos);
            }
        }

        private void expect(boolean sawOwnWrite) {
            if (!sawOwnWrite) {
                readYourWritesViolations.incrementAndGet();
            }
        }
    }

    private static ConfigurableApplicationContext startInProcess() throws Exception {
        String dataDir = Files.createTempDirectory("grantline-bench").toString();
        System.setProperty("axoniq.update-checker.disabled", "true");
        return SpringApplication.run(GrantlineApplication.class, "--server.port=0",
                "--grantline.data-dir=" + dataDir, "--grantline.postgres.clean=true",
                "--logging.level.root=WARN");
    }
}
