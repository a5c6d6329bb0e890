package io.grantline.saga.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.grantline.api.Actor;
import io.grantline.api.platform.PlatformCommands.PlatformParameterVersion;
import io.grantline.api.platform.PlatformCommands.UpdatePlatformParameter;
import io.grantline.cloud.local.LocalCloudDatabase;
import io.grantline.cloud.local.LocalParameters;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformParameterCommandHandlerTest {

    static final Actor ADMIN = new Actor("admin", List.of("DAAdministrators"));
    static final String NAME = "/dataall/local/quicksightmonitoring/DashboardId";

    final LocalParameters parameters = new LocalParameters(LocalCloudDatabase.emptied(), Clock.systemUTC());
    final PlatformParameterCommandHandler handler = new PlatformParameterCommandHandler(parameters);

    @Test
    void parameterIsWrittenAndItsVersionAnswered() {
        handler.handle(new UpdatePlatformParameter(NAME, "dashboard-1", ADMIN));

        assertThat(handler.handle(new UpdatePlatformParameter(NAME, "dashboard-2", ADMIN)))
                .isEqualTo(new PlatformParameterVersion(NAME, 2));
        assertThat(parameters.get(NAME)).contains("dashboard-2");
    }
}
