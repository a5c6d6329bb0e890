package io.grantline.graphql.platform;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.platform.PlatformCommands.PlatformParameterVersion;
import io.grantline.api.platform.PlatformCommands.UpdatePlatformParameter;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.support.Commands;
import java.util.regex.Pattern;

/**
 * data.all's updateSSMParameter: tenant administrators write a platform parameter; the answer is the parameter's new
 * version, as Parameter Store counts them and data.all answers it.
 */
@DgsComponent
public class PlatformParameterDataFetcher {

    /** The action data.all names when it refuses a caller who is not a tenant administrator. */
    static final String ACTION = "UPDATE_SSM_PARAMETER_MONITORING";

    private static final Pattern PLATFORM_NAME = Pattern.compile("/(dataall|grantline)(/[A-Za-z0-9_.-]+)+");
    /** Parameter Store's limits: a name of up to 1011 characters, a standard parameter's value of up to 4 KB. */
    private static final int MAX_NAME = 1011;
    private static final int MAX_VALUE = 4096;

    private final CurrentActor currentActor;
    private final Authorizer authorizer;
    private final Commands commands;

    public PlatformParameterDataFetcher(CurrentActor currentActor, Authorizer authorizer, Commands commands) {
        this.currentActor = currentActor;
        this.authorizer = authorizer;
        this.commands = commands;
    }

    @DgsMutation
    public String updateSSMParameter(@InputArgument String name, @InputArgument String value) {
        Actor actor = currentActor.get();
        authorizer.requireTenantAdmin(actor, ACTION);
        if (name == null || name.isBlank()) {
            throw new RequiredParameter("updateSSMParameter", "name");
        }
        if (value == null || value.isEmpty()) {
            throw new RequiredParameter("updateSSMParameter", "value");
        }
        if (name.length() > MAX_NAME || !PLATFORM_NAME.matcher(name).matches()) {
            throw new InvalidInput("updateSSMParameter", "name", name + " must start with /dataall/ or /grantline/"
                    + " and hold only letters, digits and _.-/ (up to " + MAX_NAME + " characters)");
        }
        if (value.length() > MAX_VALUE) {
            throw new InvalidInput("updateSSMParameter", "value", "must be at most " + MAX_VALUE + " characters");
        }
        PlatformParameterVersion written = commands.sendWithoutWaiting(
                new UpdatePlatformParameter(name, value, actor), actor);
        return String.valueOf(written.version());
    }
}
