package io.grantline.api;

import java.util.List;

/** The authenticated caller of an operation: who they are and the teams (groups) they belong to. */
public record Actor(String username, List<String> groups) {

    public Actor {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    public boolean isMemberOf(String group) {
        return groups.contains(group);
    }

    /** Commands issued by the platform itself (sagas, deadlines) rather than by a person. */
    public static Actor system() {
        return new Actor("grantline", List.of());
    }
}
