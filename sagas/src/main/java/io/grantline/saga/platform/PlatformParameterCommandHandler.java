package io.grantline.saga.platform;

import io.grantline.api.platform.PlatformCommands.PlatformParameterVersion;
import io.grantline.api.platform.PlatformCommands.UpdatePlatformParameter;
import io.grantline.cloud.PlatformParameters;
import org.axonframework.commandhandling.CommandHandler;

/** Writes the platform parameters tenant administrators set (data.all's updateSSMParameter). */
public class PlatformParameterCommandHandler {

    private final PlatformParameters parameters;

    public PlatformParameterCommandHandler(PlatformParameters parameters) {
        this.parameters = parameters;
    }

    @CommandHandler
    PlatformParameterVersion handle(UpdatePlatformParameter command) {
        return new PlatformParameterVersion(command.name(), parameters.put(command.name(), command.value()));
    }
}
