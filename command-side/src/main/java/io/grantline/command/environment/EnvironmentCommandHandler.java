package io.grantline.command.environment;

import io.grantline.api.environment.EnvironmentCommands.CreateEnvironment;
import io.grantline.api.environment.EnvironmentCommands.DeleteEnvironment;
import io.grantline.api.environment.EnvironmentCommands.UpdateEnvironment;
import io.grantline.command.lookup.EnvironmentLinks;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;

/**
 * Environment commands that also change the set-wide links (account and region → environment, admin team).
 * The aggregate decides first; a refused link then rolls the whole unit of work back, events included.
 */
public class EnvironmentCommandHandler {

    private final Repository<Environment> environments;
    private final EnvironmentLinks links;

    public EnvironmentCommandHandler(Repository<Environment> environments, EnvironmentLinks links) {
        this.environments = environments;
        this.links = links;
    }

    @CommandHandler
    public String handle(CreateEnvironment command) throws Exception {
        Aggregate<Environment> environment = environments.newInstance(() -> new Environment(command));
        links.link(command.environmentUri(), command.organizationUri().trim(), command.awsAccountId().trim(),
                command.region().trim(), command.samlGroupName().trim());
        return environment.identifierAsString();
    }

    @CommandHandler
    public void handle(UpdateEnvironment command) {
        environments.load(command.environmentUri()).execute(environment -> environment.update(command));
        if (command.samlGroupName() != null && !command.samlGroupName().isBlank()) {
            links.changeAdminGroup(command.environmentUri(), command.samlGroupName().trim());
        }
    }

    @CommandHandler
    public void handle(DeleteEnvironment command) {
        environments.load(command.environmentUri()).execute(environment -> environment.delete(command));
        links.unlink(command.environmentUri());
    }
}
