package io.grantline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.cloud.IamPrincipal;
import io.grantline.cloud.local.LocalIam;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * How long a share takes from approveShareObject to every item Share_Succeeded, seen from a data.all client, against
 * the local cloud: a cross-account share of a table, a folder and the bucket of one dataset (Lake Formation grants,
 * RAM invitation, resource link, access point, bucket, share and key policies). First one share at a time, after one
 * unrecorded warm-up share; then K shares of the SAME dataset (K consumption roles of the consuming team) approved
 * at once, reporting how many end with every item Share_Succeeded, how many with a failed item, and how many are
 * stuck (not settled within a generous bound) — the per-dataset lock serialises their cloud work.
 *
 * <p>Arguments: {@code --samples 20 --concurrent 10}; Grantline starts in-process on a throw-away data folder (the
 * consumption roles are made in the local cloud's IAM, as their owner would), and options with a dot in their name
 * are passed to it as settings.
 */
public final class ShareApprovalLatency {

    private static final Duration POLL = Duration.ofMillis(50);
    private static final Duration SETUP_GIVE_UP = Duration.ofMinutes(10);
    /** A share not settled after this long is stuck. */
    private static final Duration STUCK_AFTER = Duration.ofMinutes(10);
    private static final String REGION = "eu-west-1";

    private final GraphQlClient producer;
    private final GraphQlClient consumer;
    private final String consumerTeam;
    private final LocalIam iam;
    private final Path buckets;
    private final LatencyRecorder oneAtATime = new LatencyRecorder("approve->all succeeded");
    private final LatencyRecorder concurrent = new LatencyRecorder("concurrent approve->settled");
    private String consumingEnvironment;
    private String consumingAccount;
    private String datasetUri;
    private final Map<String, String> items = new LinkedHashMap<>();

    private ShareApprovalLatency(GraphQlClient producer, GraphQlClient consumer, String consumerTeam, LocalIam iam,
                                 Path dataDir) {
        this.producer = producer;
        this.consumer = consumer;
        this.consumerTeam = consumerTeam;
        this.iam = iam;
        this.buckets = dataDir.resolve("local-cloud").resolve("buckets");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        int samples = Integer.parseInt(options.getOrDefault("samples", "20"));
        int concurrentShares = Integer.parseInt(options.getOrDefault("concurrent", "10"));
        InProcessGrantline app = InProcessGrantline.start(options);
        try {
            long run = System.nanoTime();
            String ownerTeam = "bench-producers-" + run;
            String consumerTeam = "bench-consumers-" + run;
            ShareApprovalLatency bench = new ShareApprovalLatency(
                    GraphQlClient.signIn(app.url(), "bench-producer", List.of(ownerTeam)),
                    GraphQlClient.signIn(app.url(), "bench-consumer", List.of(consumerTeam)), consumerTeam,
                    app.bean(LocalIam.class), app.dataDir());
            bench.prepare(ownerTeam);
            bench.run(samples, concurrentShares);
        } finally {
            app.close();
        }
        System.exit(0);
    }

    private void run(int samples, int concurrentShares) throws Exception {
        System.out.println("Warm-up share (not recorded)");
        approveAndAwait(submittedShare(), null);
        for (int i = 1; i <= samples; i++) {
            Outcome outcome = approveAndAwait(submittedShare(), oneAtATime);
            System.out.printf("sample %d/%d: %s%n", i, samples, outcome);
        }
        System.out.printf("%n%d shares of a table, a folder and the bucket, cross-account, one at a time%n", samples);
        System.out.println(oneAtATime.latencies());

        List<String> shares = new ArrayList<>();
        for (int i = 0; i < concurrentShares; i++) {
            shares.add(submittedShare());
        }
        ExecutorService approvers = Executors.newFixedThreadPool(concurrentShares);
        long started = System.nanoTime();
        List<Future<Outcome>> outcomes = new ArrayList<>();
        for (String shareUri : shares) {
            outcomes.add(approvers.submit(() -> approveAndAwait(shareUri, concurrent)));
        }
        int succeeded = 0;
        int failed = 0;
        int stuck = 0;
        for (Future<Outcome> outcome : outcomes) {
            switch (outcome.get()) {
                case ALL_SUCCEEDED -> succeeded++;
                case ITEM_FAILED -> failed++;
                case STUCK -> stuck++;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        approvers.shutdown();
        System.out.printf("%n%d shares of ONE dataset approved at once (each a table, a folder and the bucket)%n",
                concurrentShares);
        System.out.printf("all items Share_Succeeded: %d   with a failed item: %d   stuck (> %s): %d   "
                + "all settled in %.1f s%n", succeeded, failed, STUCK_AFTER, stuck, seconds);
        System.out.println(concurrent.latencies());
    }

    enum Outcome { ALL_SUCCEEDED, ITEM_FAILED, STUCK }

    /** Approves and polls until the share is Processed with every item settled; records the time it took. */
    private Outcome approveAndAwait(String shareUri, LatencyRecorder recorder) throws Exception {
        long approved = System.nanoTime();
        producer.call(ShareDocuments.APPROVE, Map.of("share", shareUri));
        long deadline = approved + STUCK_AFTER.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode share = consumer.call(ShareDocuments.SHARE_STATE, Map.of("share", shareUri))
                    .get("getShareObject");
            List<String> statuses = new ArrayList<>();
            share.get("items").get("nodes").forEach(item -> statuses.add(item.get("status").asText()));
            if ("Processed".equals(share.get("status").asText())
                    && statuses.stream().allMatch(s -> s.equals("Share_Succeeded") || s.equals("Share_Failed"))) {
                if (recorder != null) {
                    recorder.record(System.nanoTime() - approved);
                }
                return statuses.contains("Share_Failed") ? Outcome.ITEM_FAILED : Outcome.ALL_SUCCEEDED;
            }
            Thread.sleep(POLL.toMillis());
        }
        return Outcome.STUCK;
    }

    /** A submitted share of the table, the folder and the bucket for a new consumption role of the consumers. */
    private String submittedShare() throws Exception {
        String roleName = "bench_reader_" + System.nanoTime();
        iam.createPrincipal(consumingAccount, new IamPrincipal(IamPrincipal.Type.ROLE, roleName));
        String principalUri = consumer.call(ShareDocuments.ADD_CONSUMPTION_ROLE, Map.of("input", Map.of(
                        "environmentUri", consumingEnvironment, "consumptionPrincipalName", roleName,
                        "groupUri", consumerTeam, "IAMPrincipalArn", "arn:aws:iam::" + consumingAccount + ":role/"
                                + roleName, "dataallManaged", "FULLY_MANAGED")))
                .get("addConsumptionPrincipalToEnvironment").get("consumptionPrincipalUri").asText();
        String shareUri = consumer.call(ShareDocuments.CREATE_SHARE, Map.of("dataset", datasetUri, "input", Map.of(
                        "environmentUri", consumingEnvironment, "groupUri", consumerTeam, "principalId", principalUri,
                        "principalType", "ConsumptionRole", "permissions", List.of("Read"))))
                .get("createShareObject").get("shareUri").asText();
        for (Map.Entry<String, String> item : items.entrySet()) {
            consumer.call(ShareDocuments.ADD_ITEM, Map.of("share", shareUri, "input",
                    Map.of("itemUri", item.getKey(), "itemType", item.getValue())));
        }
        consumer.call(ShareDocuments.SUBMIT, Map.of("share", shareUri));
        return shareUri;
    }

    /**
     * An organization; the producers' environment with a dataset (deployed, crawled: table customers; folder raw);
     * the consumers' environment in another account. Both environment stacks deployed, so none weighs on a sample.
     */
    private void prepare(String ownerTeam) throws Exception {
        String organization = producer.call(Documents.CREATE_ORGANIZATION,
                        Map.of("input", Map.of("label", "Bench shares", "SamlGroupName", ownerTeam)))
                .get("createOrganization").get("organizationUri").asText();
        producer.call(DatasetDocuments.INVITE_TO_ORGANIZATION, Map.of("input", Map.of("organizationUri",
                organization, "groupUri", consumerTeam, "permissions", List.of("LINK_ENVIRONMENT"))));
        String producing = createEnvironment(producer, organization, ownerTeam, randomAccount());
        consumingAccount = randomAccount();
        consumingEnvironment = createEnvironment(consumer, organization, consumerTeam, consumingAccount);
        JsonNode dataset = producer.call(ShareDocuments.CREATE_DATASET, Map.of("input", Map.of(
                "label", "bench-shared", "organizationUri", organization, "environmentUri", producing,
                "SamlAdminGroupName", ownerTeam))).get("createDataset");
        datasetUri = dataset.get("datasetUri").asText();
        await(producer, DatasetDocuments.STACK_STATUS, Map.of("uri", datasetUri),
                data -> "CREATE_COMPLETE".equals(data.get("getDataset").get("stack").get("status").asText()));
        Path customers = buckets.resolve(dataset.get("restricted").get("S3BucketName").asText())
                .resolve("customers").resolve("customers.csv");
        Files.createDirectories(customers.getParent());
        Files.writeString(customers, "id,name,score\n1,Ada,9.5\n2,Grace,7.25\n");
        producer.call(DatasetDocuments.START_CRAWLER, Map.of("uri", datasetUri, "input", Map.of("prefix", "")));
        await(producer, DatasetDocuments.TABLE_COUNT, Map.of("uri", datasetUri),
                data -> data.get("getDataset").get("tables").get("count").asInt() >= 1);
        String tableUri = producer.call(ShareDocuments.TABLES, Map.of("uri", datasetUri))
                .get("getDataset").get("tables").get("nodes").get(0).get("tableUri").asText();
        String folderUri = producer.call(ShareDocuments.CREATE_FOLDER, Map.of("uri", datasetUri, "input",
                        Map.of("label", "raw", "prefix", "raw")))
                .get("createDatasetStorageLocation").get("locationUri").asText();
        items.put(tableUri, "Table");
        items.put(folderUri, "StorageLocation");
        items.put(datasetUri, "S3Bucket");
        for (Map.Entry<GraphQlClient, String> environment : Map.of(producer, producing, consumer,
                consumingEnvironment).entrySet()) {
            await(environment.getKey(), DatasetDocuments.ENVIRONMENT_STACK_STATUS,
                    Map.of("uri", environment.getValue()), data -> List.of("CREATE_COMPLETE", "UPDATE_COMPLETE")
                            .contains(data.get("getEnvironment").get("stack").get("status").asText()));
        }
    }

    private static String createEnvironment(GraphQlClient client, String organization, String team, String account)
            throws Exception {
        return client.call(Documents.CREATE_ENVIRONMENT, Map.of("input", Map.of("label", "Bench " + team,
                        "organizationUri", organization, "AwsAccountId", account, "region", REGION,
                        "SamlGroupName", team)))
                .get("createEnvironment").get("environmentUri").asText();
    }

    private static String randomAccount() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L));
    }

    private static void await(GraphQlClient client, String document, Map<String, Object> variables,
                              Predicate<JsonNode> done) throws Exception {
        long deadline = System.nanoTime() + SETUP_GIVE_UP.toNanos();
        while (!done.test(client.call(document, variables))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Gave up after " + SETUP_GIVE_UP + " waiting on " + variables);
            }
            Thread.sleep(POLL.toMillis());
        }
    }
}
