package io.grantline.graphql.environment;

import io.grantline.api.Actor;

/** A data loader key: an environment as seen by the caller. */
public record EnvironmentKey(String environmentUri, Actor actor) {
}
