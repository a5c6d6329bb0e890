package io.grantline.command.organization;

import io.grantline.api.Actor;
import io.grantline.api.organization.OrganizationCommands.CreateOrganization;
import io.grantline.api.organization.OrganizationEvents.GroupInvitedToOrganization;
import io.grantline.api.organization.OrganizationEvents.OrganizationArchived;
import io.grantline.api.organization.OrganizationEvents.OrganizationCreated;
import io.grantline.api.organization.OrganizationEvents.OrganizationUpdated;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;

/** An organization owned by the Engineers team, and a fixture that knows its environments. */
final class OrganizationSamples {

    static final String URI = "org00001";
    static final String OWNERS = "Engineers";
    static final String SCIENTISTS = "Scientists";
    static final String ANALYSTS = "Analysts";
    static final Actor ALICE = new Actor("alice", List.of(OWNERS));

    private OrganizationSamples() {
    }

    /** Timestamps come from the clock, so expected events leave them out of the comparison. */
    static AggregateTestFixture<Organization> fixture(LinkedEnvironments environments) {
        AggregateTestFixture<Organization> fixture = new AggregateTestFixture<>(Organization.class);
        fixture.registerAnnotatedCommandHandler(new OrganizationCommandHandler(fixture.getRepository(), environments));
        fixture.registerIgnoredField(OrganizationCreated.class, "created");
        fixture.registerIgnoredField(OrganizationUpdated.class, "updated");
        fixture.registerIgnoredField(OrganizationArchived.class, "archived");
        fixture.registerIgnoredField(GroupInvitedToOrganization.class, "invited");
        return fixture;
    }

    static CreateOrganization create(String label, String owner) {
        return new CreateOrganization(URI, label, "Sales data", List.of("pii"), owner, ALICE);
    }

    static OrganizationCreated created() {
        return new OrganizationCreated(URI, "Sales Data", "sales-data", "Sales data", List.of("pii"), OWNERS,
                ALICE.username(), null);
    }

    static GroupInvitedToOrganization invited(String group, String... permissions) {
        return new GroupInvitedToOrganization(URI, group, List.of(permissions), ALICE.username(), null);
    }

    static OrganizationArchived archived() {
        return new OrganizationArchived(URI, null);
    }
}
