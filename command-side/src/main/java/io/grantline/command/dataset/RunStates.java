package io.grantline.command.dataset;

import static io.grantline.command.validation.Require.present;

import io.grantline.api.dataset.RunStatus;
import java.util.List;

/** The lifecycle of crawler and profiling runs, as Glue reports it. */
final class RunStates {

    static final List<String> ALL = List.of(RunStatus.STARTING, RunStatus.RUNNING, RunStatus.SUCCEEDED,
            RunStatus.FAILED);

    private RunStates() {
    }

    static boolean inProgress(String status) {
        return RunStatus.STARTING.equals(status) || RunStatus.RUNNING.equals(status);
    }

    static boolean finished(String status) {
        return RunStatus.SUCCEEDED.equals(status) || RunStatus.FAILED.equals(status);
    }

    static String statusOf(String action, String value) {
        String status = present(action, "status", value);
        if (!ALL.contains(status)) {
            throw DatasetInputs.invalid(action, "status", status, "one of " + String.join(", ", ALL));
        }
        return status;
    }
}
