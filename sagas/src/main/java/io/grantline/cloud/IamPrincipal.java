package io.grantline.cloud;

/** An IAM role or user of an account, by name. */
public record IamPrincipal(Type type, String name) {

    public enum Type {
        ROLE, USER
    }

    public IamPrincipal {
        if (type == null) {
            throw new IllegalArgumentException("The IAM principal type must be set");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("The IAM principal name must be set");
        }
    }
}
