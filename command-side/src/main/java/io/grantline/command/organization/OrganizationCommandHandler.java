package io.grantline.command.organization;

import io.grantline.api.error.ResourceInUse;
import io.grantline.api.organization.OrganizationCommands.ArchiveOrganization;
import io.grantline.api.organization.OrganizationCommands.RemoveGroupFromOrganization;
import io.grantline.command.lookup.EnvironmentLinks;
import io.grantline.command.validation.Require;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;

/** Organization commands whose rules reach beyond one aggregate: the environments linked to it. */
public class OrganizationCommandHandler {

    private final Repository<Organization> organizations;
    private final EnvironmentLinks environmentLinks;

    public OrganizationCommandHandler(Repository<Organization> organizations, EnvironmentLinks environmentLinks) {
        this.organizations = organizations;
        this.environmentLinks = environmentLinks;
    }

    @CommandHandler
    public void handle(ArchiveOrganization command) {
        if (environmentLinks.countInOrganization(command.organizationUri()) > 0) {
            throw new ResourceInUse("archiveOrganization", "Cannot archive organization "
                    + command.organizationUri() + ": it still has environments; delete them first");
        }
        organizations.load(command.organizationUri()).execute(Organization::archive);
    }

    @CommandHandler
    public void handle(RemoveGroupFromOrganization command) {
        String group = Require.present("removeGroupFromOrganization", "groupUri", command.groupUri());
        if (environmentLinks.countOwnedByGroup(command.organizationUri(), group) > 0) {
            throw new ResourceInUse("removeGroupFromOrganization", "Team: " + group
                    + " has environments in organization " + command.organizationUri()
                    + "; remove the environments first");
        }
        organizations.load(command.organizationUri()).execute(organization -> organization.removeGroup(group));
    }
}
