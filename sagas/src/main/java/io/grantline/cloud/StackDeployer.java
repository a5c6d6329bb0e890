package io.grantline.cloud;

import java.util.Map;

/**
 * Deploys CloudFormation templates into environment accounts (through the pivot role) and reports on them.
 * Failures are the typed {@link CloudException}s; {@link StackBusyException} while an earlier change runs.
 */
public interface StackDeployer {

    /** Creates the stack, or updates it when one of that name exists; returns without waiting. */
    StackDeployment deploy(String stackName, String accountId, String region, String templateJson,
                           Map<String, String> tags);

    StackDescription describe(String stackId);

    /** Starts deleting the stack; a stack already gone is not an error. */
    void delete(String stackId);
}
