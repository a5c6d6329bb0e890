package io.grantline.command.dataset;

import static io.grantline.command.validation.Require.present;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.grantline.api.dataset.DatasetCommands.RecordProfilingRunStatus;
import io.grantline.api.dataset.DatasetCommands.StartDatasetProfilingRun;
import io.grantline.api.dataset.DatasetEvents.DatasetProfilingRunStarted;
import io.grantline.api.dataset.DatasetEvents.DatasetProfilingRunStatusChanged;
import io.grantline.api.dataset.DatasetEvents.DatasetTableAdded;
import io.grantline.api.dataset.DatasetEvents.DatasetTableRemoved;
import io.grantline.api.dataset.RunStatus;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.error.ResourceAlreadyExists;
import io.grantline.api.error.ResourceInUse;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/** Runs of the dataset's profiling job, each on one of its tables; one run at a time per table. */
class ProfilingRuns {

    private record Run(String tableUri, String status, String jobRunId) {
    }

    private final DatasetFacts facts;
    private final Map<String, String> tableNames = new HashMap<>();
    private final Map<String, Run> runs = new LinkedHashMap<>();

    ProfilingRuns(DatasetFacts facts) {
        this.facts = facts;
    }

    @CommandHandler
    public void handle(StartDatasetProfilingRun command) {
        facts.requireLive();
        String action = "startDatasetProfilingRun";
        String runUri = present(action, "profilingRunUri", command.profilingRunUri());
        String tableUri = present(action, "tableUri", command.tableUri());
        String tableName = tableNames.get(tableUri);
        if (tableName == null) {
            throw new ObjectNotFound("DatasetTable", tableUri);
        }
        if (runs.containsKey(runUri)) {
            throw new ResourceAlreadyExists(action, "Profiling run " + runUri + " already exists");
        }
        runs.entrySet().stream()
                .filter(run -> run.getValue().tableUri().equals(tableUri))
                .filter(run -> RunStates.inProgress(run.getValue().status()))
                .findFirst()
                .ifPresent(running -> {
                    throw new ResourceInUse(action, "Table " + tableName + " is already being profiled (run "
                            + running.getKey() + ", " + running.getValue().status() + "); wait for it to finish");
                });
        apply(new DatasetProfilingRunStarted(facts.datasetUri(), runUri, tableUri, tableName,
                facts.resources().glueProfilingJobName(), command.actor().username(), Instant.now()));
    }

    /** The saga's reports; those about a deleted dataset, repeating the last one, or after the end, change nothing. */
    @CommandHandler
    public void handle(RecordProfilingRunStatus command) {
        if (facts.isDeleted()) {
            return;
        }
        String action = "recordProfilingRunStatus";
        String runUri = present(action, "profilingRunUri", command.profilingRunUri());
        Run run = runs.get(runUri);
        if (run == null) {
            throw new ObjectNotFound("DatasetProfilingRun", runUri);
        }
        String status = RunStates.statusOf(action, command.status());
        boolean repeated = status.equals(run.status()) && Objects.equals(command.jobRunId(), run.jobRunId());
        if (repeated || RunStates.finished(run.status())) {
            return;
        }
        apply(new DatasetProfilingRunStatusChanged(facts.datasetUri(), runUri, command.jobRunId(), status,
                command.results(), command.error(), Instant.now()));
    }

    @EventSourcingHandler
    void on(DatasetTableAdded event) {
        tableNames.put(event.tableUri(), event.name());
    }

    @EventSourcingHandler
    void on(DatasetTableRemoved event) {
        tableNames.remove(event.tableUri());
    }

    @EventSourcingHandler
    void on(DatasetProfilingRunStarted event) {
        runs.put(event.profilingRunUri(), new Run(event.tableUri(), RunStatus.STARTING, null));
    }

    @EventSourcingHandler
    void on(DatasetProfilingRunStatusChanged event) {
        runs.computeIfPresent(event.profilingRunUri(),
                (uri, run) -> new Run(run.tableUri(), event.status(), event.jobRunId()));
    }
}
