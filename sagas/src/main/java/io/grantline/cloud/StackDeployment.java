package io.grantline.cloud;

/**
 * What a deploy started: the stack and whether it is being created or updated.
 *
 * @param unchanged true when the template and tags were those already deployed, so nothing is in progress
 */
public record StackDeployment(String stackId, Operation operation, boolean unchanged) {

    public enum Operation {
        CREATE, UPDATE
    }
}
