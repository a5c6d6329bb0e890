package io.grantline.cloud;

/** Parameters of the platform itself, in its own account (SSM Parameter Store on AWS). */
public interface PlatformParameters {

    /** Writes the parameter, creating or overwriting it, and answers its new version (1 for a new parameter). */
    long put(String name, String value);
}
