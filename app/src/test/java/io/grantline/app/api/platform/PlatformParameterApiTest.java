package io.grantline.app.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.grantline.cloud.local.LocalParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Tenant administrators write platform parameters; data.all answers the parameter's new version. */
class PlatformParameterApiTest extends PlatformApiSupport {

    static final String UPDATE = """
            mutation($name: String!, $value: String!) { updateSSMParameter(name: $name, value: $value) }""";

    @Autowired
    LocalParameters parameters;

    @Test
    void administratorWritesAParameterAndGetsItsVersion() {
        User admin = signIn(unique("admin"), "DAAdministrators");
        String name = "/dataall/test/" + unique("quicksightmonitoring");

        assertThat(admin.graphql(UPDATE, "name", name, "value", "dashboard-1").text("updateSSMParameter"))
                .isEqualTo("1");
        assertThat(admin.graphql(UPDATE, "name", name, "value", "dashboard-2").text("updateSSMParameter"))
                .isEqualTo("2");
        assertThat(parameters.get(name)).contains("dashboard-2");
    }

    @Test
    void grantlinesOwnParametersCanBeWritten() {
        User admin = signIn(unique("admin"), "DAAdministrators");
        String name = "/grantline/test/" + unique("setting");

        assertThat(admin.graphql(UPDATE, "name", name, "value", "on").text("updateSSMParameter")).isEqualTo("1");
    }

    @Test
    void teamOtherThanTheAdministratorsIsRefusedAndNothingIsWritten() {
        String name = "/dataall/test/" + unique("quicksightmonitoring");

        String error = owner.graphql(UPDATE, "name", name, "value", "dashboard-1").error();

        assertThat(error).contains("UnauthorizedOperation")
                .contains("User: " + owner.username + " is not authorized to perform: UPDATE_SSM_PARAMETER_MONITORING");
        assertThat(parameters.get(name)).isEmpty();
    }

    @Test
    void nameOutsideThePlatformsPathsIsRefusedNamingItAndNothingIsWritten() {
        User admin = signIn(unique("admin"), "DAAdministrators");
        String name = "/aws/service/" + unique("ami");

        assertThat(admin.graphql(UPDATE, "name", name, "value", "x").error())
                .contains("InvalidInput").contains("name").contains("/dataall/");
        assertThat(parameters.get(name)).isEmpty();
    }

    @Test
    void emptyValueIsRefusedNamingTheArgument() {
        User admin = signIn(unique("admin"), "DAAdministrators");

        assertThat(admin.graphql(UPDATE, "name", "/dataall/test/empty", "value", "").error())
                .contains("RequiredParameter").contains("value");
    }
}
