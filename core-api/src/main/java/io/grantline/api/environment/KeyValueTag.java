package io.grantline.api.environment;

/** A tag that Grantline applies to the AWS resources of a stack; cascade also applies it to child stacks. */
public record KeyValueTag(String key, String value, boolean cascade) {
}
