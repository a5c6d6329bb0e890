package io.grantline.cloud.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LocalParametersTest {

    static final String NAME = "/dataall/local/quicksightmonitoring/DashboardId";

    LocalParameters parameters;

    @BeforeEach
    void emptyCloud() {
        parameters = new LocalParameters(LocalCloudDatabase.emptied(), Clock.systemUTC());
    }

    @Test
    void newParameterIsVersionOne() {
        assertThat(parameters.put(NAME, "dashboard-1")).isEqualTo(1);
        assertThat(parameters.get(NAME)).contains("dashboard-1");
    }

    @Test
    void everyWriteMakesTheNextVersion() {
        parameters.put(NAME, "dashboard-1");

        assertThat(parameters.put(NAME, "dashboard-2")).isEqualTo(2);
        assertThat(parameters.get(NAME)).contains("dashboard-2");
    }

    @Test
    void parametersAreVersionedEachOnItsOwn() {
        parameters.put(NAME, "dashboard-1");

        assertThat(parameters.put("/grantline/other", "value")).isEqualTo(1);
    }
}
