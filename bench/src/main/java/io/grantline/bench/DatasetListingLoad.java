package io.grantline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * listDatasets with many datasets loaded. Loads N datasets through createDataset (GraphQL over HTTP, C clients,
 * spread over T teams of one environment), then measures listDatasets (first page of ten, as data.all's UI asks)
 * one call at a time for: a member of one team, a member of every team, and a member of every team searching a
 * term one dataset in a hundred has.
 *
 * <p>Loading creates the datasets exactly as users do, but the dataset stack saga is stopped first: each dataset
 * would otherwise queue a CDK synthesis of several seconds on the same two cores (10,000 of them take hours), and
 * this measures the listing, not the deployments. That needs Grantline in-process (the default).
 *
 * <p>Arguments: {@code --datasets 10000 --teams 20 --clients 8 --queries 1000 --warmup 200}.
 */
public final class DatasetListingLoad {

    private static final String RARE_WORD = "seldom";

    private final Map<String, String> options;
    private final AtomicInteger failures = new AtomicInteger();
    private final List<String> teams = new ArrayList<>();
    private final List<GraphQlClient> teamClients = new ArrayList<>();
    private String organizationUri;
    private String environmentUri;

    private DatasetListingLoad(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        try (InProcessGrantline app = InProcessGrantline.start(options)) {
            System.out.println("Stopped " + app.stopProcessors("DatasetStackSaga") + ": no dataset stack is deployed");
            new DatasetListingLoad(options).run(app.url());
        }
        System.exit(0);
    }

    private void run(String url) throws Exception {
        int datasets = Options.integer(options, "datasets", 10_000);
        int teamCount = Options.integer(options, "teams", 20);
        setUp(url, teamCount);
        long start = System.nanoTime();
        load(datasets, Options.integer(options, "clients", 8));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Loaded %d datasets in %.0f s (%.1f createDataset/s), %d failures%n", datasets, seconds,
                datasets / seconds, failures.get());

        GraphQlClient oneTeam = GraphQlClient.signIn(url, "bench-reader-one", List.of(teams.get(0)));
        GraphQlClient everyTeam = GraphQlClient.signIn(url, "bench-reader-all", teams);
        int queries = Options.integer(options, "queries", 1000);
        int warmup = Options.integer(options, "warmup", 200);
        measure("one team (" + datasets / teamCount + " visible)", oneTeam, Map.of("page", 1, "pageSize", 10),
                warmup, queries);
        measure("every team (" + datasets + " visible)", everyTeam, Map.of("page", 1, "pageSize", 10), warmup,
                queries);
        measure("every team, term (" + datasets / 100 + " match)", everyTeam,
                Map.of("page", 1, "pageSize", 10, "term", RARE_WORD), warmup, queries);
    }

    /** An organization and environment administered by the first team, every other team invited to both. */
    private void setUp(String url, int teamCount) throws Exception {
        for (int i = 0; i < teamCount; i++) {
            String team = "bench-team-" + i + "-" + System.nanoTime();
            teams.add(team);
            teamClients.add(GraphQlClient.signIn(url, "bench-loader-" + i, List.of(team)));
        }
        GraphQlClient admin = teamClients.get(0);
        organizationUri = admin.call(Documents.CREATE_ORGANIZATION,
                        Map.of("input", Map.of("label", "Bench listing", "SamlGroupName", teams.get(0))))
                .get("createOrganization").get("organizationUri").asText();
        String account = String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        environmentUri = admin.call(Documents.CREATE_ENVIRONMENT, Map.of("input", Map.of("label", "Bench",
                        "organizationUri", organizationUri, "AwsAccountId", account, "region", "eu-west-1",
                        "SamlGroupName", teams.get(0))))
                .get("createEnvironment").get("environmentUri").asText();
        for (String team : teams.subList(1, teams.size())) {
            admin.call(DatasetDocuments.INVITE_TO_ORGANIZATION, Map.of("input", Map.of(
                    "organizationUri", organizationUri, "groupUri", team, "permissions", List.of())));
            admin.call(DatasetDocuments.INVITE_TO_ENVIRONMENT, Map.of("input", Map.of(
                    "environmentUri", environmentUri, "groupUri", team, "permissions", List.of("CREATE_DATASET"))));
        }
    }

    /** Dataset n belongs to team n mod T; every hundredth one has the rare word in its label. */
    private void load(int datasets, int clients) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                for (int n = next.getAndIncrement(); n < datasets; n = next.getAndIncrement()) {
                    create(n);
                    if ((n + 1) % 1000 == 0) {
                        System.out.printf("%d datasets loaded%n", n + 1);
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

    private void create(int n) {
        int team = n % teams.size();
        boolean rare = n % 100 == 0;
        String label = String.format(rare ? "Sales %05d " + RARE_WORD : "Sales %05d", n);
        try {
            teamClients.get(team).call(DatasetDocuments.CREATE_DATASET, Map.of("input", Map.of(
                    "label", label, "organizationUri", organizationUri, "environmentUri", environmentUri,
                    "SamlAdminGroupName", teams.get(team), "description", "dataset number " + n,
                    "tags", List.of("bench"))));
        } catch (Exception e) {
            failures.incrementAndGet();
            System.err.println("createDataset " + n + " failed: " + e.getMessage());
        }
    }

    private void measure(String name, GraphQlClient reader, Map<String, Object> filter, int warmup, int queries)
            throws Exception {
        LatencyRecorder recorder = new LatencyRecorder("listDatasets");
        int count = -1;
        for (int i = 0; i < warmup + queries; i++) {
            long start = System.nanoTime();
            var answer = reader.call(DatasetDocuments.LIST_DATASETS, Map.of("filter", filter));
            if (i >= warmup) {
                recorder.record(System.nanoTime() - start);
            }
            count = answer.get("listDatasets").get("count").asInt();
        }
        System.out.printf("%-36s count %6d   %s%n", name, count, recorder.latencies());
    }
}
