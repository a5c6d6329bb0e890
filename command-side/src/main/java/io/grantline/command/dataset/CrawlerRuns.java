package io.grantline.command.dataset;

import static io.grantline.command.validation.Require.present;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.grantline.api.dataset.DatasetCommands.RecordCrawlerStatus;
import io.grantline.api.dataset.DatasetCommands.StartGlueCrawler;
import io.grantline.api.dataset.DatasetEvents.GlueCrawlerStarted;
import io.grantline.api.dataset.DatasetEvents.GlueCrawlerStatusChanged;
import io.grantline.api.dataset.RunStatus;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.error.ResourceAlreadyExists;
import io.grantline.api.error.ResourceInUse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/** The runs of the dataset's Glue crawler: one at a time, each on the bucket or a prefix of it. */
class CrawlerRuns {

    private final DatasetFacts facts;
    private final Map<String, String> statuses = new LinkedHashMap<>();

    CrawlerRuns(DatasetFacts facts) {
        this.facts = facts;
    }

    @CommandHandler
    public void handle(StartGlueCrawler command) {
        facts.requireLive();
        String action = "startGlueCrawler";
        String runId = present(action, "crawlerRunId", command.crawlerRunId());
        if (statuses.containsKey(runId)) {
            throw new ResourceAlreadyExists(action, "Crawler run " + runId + " already exists");
        }
        String crawler = facts.resources().glueCrawlerName();
        statuses.entrySet().stream().filter(run -> RunStates.inProgress(run.getValue())).findFirst()
                .ifPresent(running -> {
                    throw new ResourceInUse(action, "Crawler " + crawler + " is already running (run "
                            + running.getKey() + ", " + running.getValue() + "); wait for it to finish");
                });
        apply(new GlueCrawlerStarted(facts.datasetUri(), runId, crawler,
                location(facts.resources().s3BucketName(), command.prefix()), command.actor().username(),
                Instant.now()));
    }

    /** The saga's reports; those about a deleted dataset, repeating the last one, or after the end, change nothing. */
    @CommandHandler
    public void handle(RecordCrawlerStatus command) {
        if (facts.isDeleted()) {
            return;
        }
        String action = "recordCrawlerStatus";
        String runId = present(action, "crawlerRunId", command.crawlerRunId());
        String current = statuses.get(runId);
        if (current == null) {
            throw new ObjectNotFound("Crawler run", runId);
        }
        String status = RunStates.statusOf(action, command.status());
        if (status.equals(current) || RunStates.finished(current)) {
            return;
        }
        apply(new GlueCrawlerStatusChanged(facts.datasetUri(), runId, status, command.error(), Instant.now()));
    }

    @EventSourcingHandler
    void on(GlueCrawlerStarted event) {
        statuses.put(event.crawlerRunId(), RunStatus.STARTING);
    }

    @EventSourcingHandler
    void on(GlueCrawlerStatusChanged event) {
        statuses.put(event.crawlerRunId(), event.status());
    }

    /** data.all's {@code os.path.join('s3://', bucket, prefix, '')}: the bucket, or a folder of it, with a slash. */
    static String location(String bucket, String prefix) {
        String folder = prefix == null ? "" : prefix.trim().replaceAll("(^/+|/+$)", "");
        return "s3://" + bucket + "/" + (folder.isEmpty() ? "" : folder + "/");
    }
}
