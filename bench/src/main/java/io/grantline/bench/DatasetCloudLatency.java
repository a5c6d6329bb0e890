package io.grantline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * How long the local cloud takes, seen from a data.all client: from createDataset to the dataset's stack in
 * CREATE_COMPLETE (CDK synthesis, deployment, the saga's polls), and from startGlueCrawler on files dropped into
 * the bucket folder to the crawled tables visible on the dataset (crawl, the saga's polls, the table sync). One
 * dataset at a time, after one unrecorded warm-up dataset (the first CDK synthesis unpacks the CDK library).
 *
 * <p>Arguments: {@code --samples 10 [--url http://localhost:8080 --data-dir .grantline]}; without a URL Grantline
 * starts in-process on a throw-away data folder, and options with a dot in their name are passed to it as
 * settings ({@code --grantline.cloud.stack.poll-interval PT0.5S}).
 */
public final class DatasetCloudLatency {

    private static final Duration POLL = Duration.ofMillis(50);
    private static final Duration GIVE_UP = Duration.ofMinutes(10);
    private static final String CUSTOMERS = "id,name,score\n1,Ada,9.5\n2,Grace,7.25\n";
    private static final String ORDERS = "{\"order_id\": 101, \"amount\": 12.5}\n{\"order_id\": 102, \"amount\": 40.0}\n";

    private final GraphQlClient client;
    private final String team;
    private final Path buckets;
    private final LatencyRecorder stackReady = new LatencyRecorder("createDataset->stack");
    private final LatencyRecorder tablesVisible = new LatencyRecorder("startGlueCrawler->tables");
    private String organizationUri;
    private String environmentUri;

    private DatasetCloudLatency(GraphQlClient client, String team, Path dataDir) {
        this.client = client;
        this.team = team;
        this.buckets = dataDir.resolve("local-cloud").resolve("buckets");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        int samples = Integer.parseInt(options.getOrDefault("samples", "10"));
        InProcessGrantline app = null;
        String url = options.get("url");
        Path dataDir = Path.of(options.getOrDefault("data-dir", ".grantline"));
        if (url == null) {
            app = InProcessGrantline.start(options);
            url = app.url();
            dataDir = app.dataDir();
        }
        try {
            String team = "bench-data-team-" + System.nanoTime();
            DatasetCloudLatency bench = new DatasetCloudLatency(
                    GraphQlClient.signIn(url, "bench-data-owner", List.of(team)), team, dataDir);
            bench.run(samples);
        } finally {
            if (app != null) {
                app.close();
            }
        }
        System.exit(0);
    }

    private void run(int samples) throws Exception {
        linkAnEnvironment();
        System.out.println("Warm-up dataset (not recorded)");
        sample(null, null);
        for (int i = 1; i <= samples; i++) {
            sample(stackReady, tablesVisible);
            System.out.printf("sample %d/%d done%n", i, samples);
        }
        System.out.printf("%n%d datasets, one at a time%n", samples);
        System.out.println(stackReady.latencies());
        System.out.println(tablesVisible.latencies());
    }

    /** An organization and an environment whose own stack is deployed, so that it does not weigh on the samples. */
    private void linkAnEnvironment() throws Exception {
        organizationUri = client.call(Documents.CREATE_ORGANIZATION,
                        Map.of("input", Map.of("label", "Bench datasets", "SamlGroupName", team)))
                .get("createOrganization").get("organizationUri").asText();
        String account = String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        environmentUri = client.call(Documents.CREATE_ENVIRONMENT, Map.of("input", Map.of("label", "Bench",
                        "organizationUri", organizationUri, "AwsAccountId", account, "region", "eu-west-1",
                        "SamlGroupName", team)))
                .get("createEnvironment").get("environmentUri").asText();
        awaitValue(DatasetDocuments.ENVIRONMENT_STACK_STATUS, Map.of("uri", environmentUri),
                data -> "CREATE_COMPLETE".equals(data.get("getEnvironment").get("stack").get("status").asText()));
    }

    private void sample(LatencyRecorder stack, LatencyRecorder crawl) throws Exception {
        long created = System.nanoTime();
        JsonNode dataset = client.call(DatasetDocuments.CREATE_DATASET, Map.of("input", Map.of(
                "label", "bench-" + ThreadLocalRandom.current().nextInt(1_000_000), "organizationUri",
                organizationUri, "environmentUri", environmentUri, "SamlAdminGroupName", team))).get("createDataset");
        String datasetUri = dataset.get("datasetUri").asText();
        awaitValue(DatasetDocuments.STACK_STATUS, Map.of("uri", datasetUri), data -> {
            JsonNode status = data.get("getDataset").get("stack");
            if (status.get("status").asText().endsWith("_FAILED")) {
                throw new IllegalStateException("The stack of " + datasetUri + " failed: " + status.get("error"));
            }
            return "CREATE_COMPLETE".equals(status.get("status").asText());
        });
        record(stack, created);

        Path bucket = buckets.resolve(dataset.get("restricted").get("S3BucketName").asText());
        drop(bucket.resolve("customers").resolve("customers.csv"), CUSTOMERS);
        drop(bucket.resolve("orders").resolve("orders.jsonl"), ORDERS);
        long started = System.nanoTime();
        client.call(DatasetDocuments.START_CRAWLER, Map.of("uri", datasetUri, "input", Map.of("prefix", "")));
        awaitValue(DatasetDocuments.TABLE_COUNT, Map.of("uri", datasetUri),
                data -> data.get("getDataset").get("tables").get("count").asInt() >= 2);
        record(crawl, started);
    }

    private static void record(LatencyRecorder recorder, long startNanos) {
        if (recorder != null) {
            recorder.record(System.nanoTime() - startNanos);
        }
    }

    private static void drop(Path file, String content) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    /** Asks until the answer satisfies the condition; polls every 50 ms. */
    private void awaitValue(String document, Map<String, Object> variables, Predicate<JsonNode> done)
            throws Exception {
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (!done.test(client.call(document, variables))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Gave up after " + GIVE_UP + " waiting on " + variables);
            }
            Thread.sleep(POLL.toMillis());
        }
    }
}
