package io.grantline.command.tenant;

import static io.grantline.api.permission.TenantPermission.MANAGE_DATASETS;
import static io.grantline.api.permission.TenantPermission.MANAGE_GROUPS;
import static io.grantline.api.permission.TenantPermission.MANAGE_ORGANIZATIONS;
import static org.hamcrest.Matchers.containsString;

import io.grantline.api.Actor;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.permission.TenantPermission;
import io.grantline.api.tenant.TenantCommands.RecordGroupMember;
import io.grantline.api.tenant.TenantCommands.UpdateGroupTenantPermissions;
import io.grantline.api.tenant.TenantEvents.GroupMemberSeen;
import io.grantline.api.tenant.TenantEvents.GroupRegistered;
import io.grantline.api.tenant.TenantEvents.GroupTenantPermissionsUpdated;
import java.util.Arrays;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TenantGroupTest {

    static final String GROUP = "Engineers";
    static final Actor ADMIN = new Actor("root", List.of("DAAdministrators"));
    static final List<String> DEFAULTS = List.of(MANAGE_ORGANIZATIONS.name(), MANAGE_DATASETS.name());

    AggregateTestFixture<TenantGroup> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TenantGroup.class);
        fixture.registerIgnoredField(GroupRegistered.class, "registered");
    }

    static GroupRegistered registered(List<String> permissions) {
        return new GroupRegistered(GROUP, permissions, null);
    }

    static UpdateGroupTenantPermissions update(String group, List<String> permissions) {
        return new UpdateGroupTenantPermissions(group, permissions, ADMIN);
    }

    @Test
    void firstSightingOfAGroupRegistersItWithTheDefaultPermissions() {
        fixture.givenNoPriorActivity()
                .when(new RecordGroupMember(GROUP, "alice", DEFAULTS))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered(DEFAULTS), new GroupMemberSeen(GROUP, "alice"));
    }

    @Test
    void aGroupFirstSeenInAnInvitationIsRegisteredWithoutMembers() {
        fixture.givenNoPriorActivity()
                .when(new RecordGroupMember(GROUP, null, DEFAULTS))
                .expectEvents(registered(DEFAULTS));
    }

    @Test
    void aNewMemberOfAKnownGroupIsRecorded() {
        fixture.given(registered(DEFAULTS), new GroupMemberSeen(GROUP, "alice"))
                .when(new RecordGroupMember(GROUP, "bob", DEFAULTS))
                .expectEvents(new GroupMemberSeen(GROUP, "bob"));
    }

    @Test
    void aKnownMemberSeenAgainChangesNothing() {
        fixture.given(registered(DEFAULTS), new GroupMemberSeen(GROUP, "alice"))
                .when(new RecordGroupMember(GROUP, "alice", DEFAULTS))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void seeingAKnownGroupAgainKeepsThePermissionsItWasGiven() {
        fixture.given(registered(List.of(MANAGE_GROUPS.name())))
                .when(new RecordGroupMember(GROUP, "alice", DEFAULTS))
                .expectEvents(new GroupMemberSeen(GROUP, "alice"));
    }

    @Test
    void updatingTenantPermissionsReplacesThem() {
        fixture.given(registered(DEFAULTS))
                .when(update(GROUP, List.of(MANAGE_GROUPS.name())))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new GroupTenantPermissionsUpdated(GROUP, List.of(MANAGE_GROUPS.name())));
    }

    @Test
    void updatingTenantPermissionsToNoneRemovesThemAll() {
        fixture.given(registered(DEFAULTS))
                .when(update(GROUP, null))
                .expectEvents(new GroupTenantPermissionsUpdated(GROUP, List.of()));
    }

    @Test
    void updatingTenantPermissionsCollapsesRepeatedNames() {
        fixture.given(registered(DEFAULTS))
                .when(update(GROUP, List.of(MANAGE_GROUPS.name(), MANAGE_GROUPS.name())))
                .expectEvents(new GroupTenantPermissionsUpdated(GROUP, List.of(MANAGE_GROUPS.name())));
    }

    @Test
    void updatingTenantPermissionsToWhatTheGroupHoldsChangesNothing() {
        fixture.given(registered(DEFAULTS))
                .when(update(GROUP, DEFAULTS))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void updatingTenantPermissionsOfAnUnseenGroupRegistersItWithThem() {
        fixture.givenNoPriorActivity()
                .when(update(GROUP, List.of(MANAGE_GROUPS.name())))
                .expectEvents(registered(List.of(MANAGE_GROUPS.name())));
    }

    @Test
    void everyTenantPermissionCanBeGranted() {
        List<String> all = Arrays.stream(TenantPermission.values()).map(Enum::name).toList();

        fixture.given(registered(List.of()))
                .when(update(GROUP, all))
                .expectEvents(new GroupTenantPermissionsUpdated(GROUP, all));
    }

    @Test
    void updatingTenantPermissionsWithAnUnknownNameIsRefused() {
        fixture.given(registered(DEFAULTS))
                .when(update(GROUP, List.of(MANAGE_GROUPS.name(), "MANAGE_EVERYTHING")))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString(
                        "permissions contains unknown tenant permission MANAGE_EVERYTHING"))
                .expectNoEvents();
    }

    @Test
    void updatingTenantPermissionsWithAResourcePermissionIsRefused() {
        fixture.given(registered(DEFAULTS))
                .when(update(GROUP, List.of("GET_ORGANIZATION")))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("unknown tenant permission GET_ORGANIZATION"))
                .expectNoEvents();
    }

    @Test
    void updatingTenantPermissionsWithoutAGroupIsRefused() {
        fixture.givenNoPriorActivity()
                .when(update(" ", List.of(MANAGE_GROUPS.name())))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("groupUri is required"))
                .expectNoEvents();
    }
}
