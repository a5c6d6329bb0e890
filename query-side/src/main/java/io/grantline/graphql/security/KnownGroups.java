package io.grantline.graphql.security;

import io.grantline.api.Actor;
import io.grantline.api.tenant.TenantCommands.RecordGroupMember;
import io.grantline.graphql.support.Commands;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Registers each team the first time it is seen, in a token or an invitation; as in data.all, a new team
 * gets the default tenant permissions. Remembers what it sent so that repeat calls cost nothing.
 */
@Component
public class KnownGroups {

    private final Commands commands;
    private final List<String> defaultPermissions;
    private final Set<String> recorded = ConcurrentHashMap.newKeySet();

    public KnownGroups(Commands commands,
                       @Value("${grantline.auth.default-tenant-permissions}") List<String> defaultPermissions) {
        this.commands = commands;
        this.defaultPermissions = List.copyOf(defaultPermissions);
    }

    public void recordMembership(Actor actor) {
        for (String group : actor.groups()) {
            record(group, actor.username(), actor);
        }
    }

    public void recordInvitation(String group, Actor inviter) {
        record(group, null, inviter);
    }

    private void record(String group, String username, Actor actor) {
        if (recorded.add(group + "\u0000" + username)) {
            try {
                commands.send(new RecordGroupMember(group, username, defaultPermissions), group, actor);
            } catch (RuntimeException e) {
                recorded.remove(group + "\u0000" + username);
                throw e;
            }
        }
    }
}
