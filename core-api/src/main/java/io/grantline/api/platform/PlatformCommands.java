package io.grantline.api.platform;

import io.grantline.api.Actor;

/** Changes to the platform's own settings in its cloud, made by tenant administrators. */
public final class PlatformCommands {

    private PlatformCommands() {
    }

    /** Writes a platform parameter (SSM Parameter Store on AWS), creating or overwriting it. */
    public record UpdatePlatformParameter(String name, String value, Actor actor) {
    }

    /** The parameter's version after the write, counted from 1 as Parameter Store counts them. */
    public record PlatformParameterVersion(String name, long version) {
    }
}
