package io.grantline.cdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grantline.cdk.environment.EnvironmentStackProps;
import io.grantline.cdk.environment.SampleEnvironments;
import io.grantline.cdk.environment.TeamRoleProps;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackSynthesizerTest {

    @Test
    void identicalPropsAreSynthesizedOnce() {
        StackSynthesizer synthesizer = new StackSynthesizer();

        String first = synthesizer.synthesizeEnvironment(SampleEnvironments.environment("envsame", teams()));
        String second = synthesizer.synthesizeEnvironment(SampleEnvironments.environment("envsame", teams()));

        assertThat(second).isSameAs(first);
        assertThat(synthesizer.synthesisCount()).isEqualTo(1);
    }

    @Test
    void differentPropsAreSynthesizedSeparately() {
        StackSynthesizer synthesizer = new StackSynthesizer();

        String first = synthesizer.synthesizeEnvironment(SampleEnvironments.environment("envone", teams()));
        String second = synthesizer.synthesizeEnvironment(SampleEnvironments.environment("envtwo", teams()));

        assertThat(first).contains("gl-envone-default").doesNotContain("gl-envtwo-default");
        assertThat(second).contains("gl-envtwo-default").doesNotContain("gl-envone-default");
        assertThat(synthesizer.synthesisCount()).isEqualTo(2);
    }

    @Test
    void leastRecentlyUsedTemplateIsSynthesizedAgainOnceEvicted() {
        StackSynthesizer synthesizer = new StackSynthesizer(1);
        EnvironmentStackProps one = SampleEnvironments.environment("envone", teams());
        EnvironmentStackProps two = SampleEnvironments.environment("envtwo", teams());

        synthesizer.synthesizeEnvironment(one);
        synthesizer.synthesizeEnvironment(two);
        synthesizer.synthesizeEnvironment(one);

        assertThat(synthesizer.synthesisCount()).isEqualTo(3);
    }

    @Test
    void concurrentRequestsForTheSamePropsSynthesizeOnce() throws Exception {
        StackSynthesizer synthesizer = new StackSynthesizer();
        List<Callable<String>> requests = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            requests.add(() -> synthesizer.synthesizeEnvironment(SampleEnvironments.environment("envbusy", teams())));
        }
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            List<String> templates = new ArrayList<>();
            for (Future<String> result : pool.invokeAll(requests)) {
                templates.add(result.get());
            }
            assertThat(templates).allSatisfy(template -> assertThat(template).isSameAs(templates.get(0)));
        } finally {
            pool.shutdownNow();
        }
        assertThat(synthesizer.synthesisCount()).isEqualTo(1);
    }

    @Test
    void synthesisLeavesNoCloudAssemblyBehind(@TempDir Path scratch) throws Exception {
        StackSynthesizer synthesizer = new StackSynthesizer(scratch, 4);

        String template = synthesizer.synthesizeEnvironment(SampleEnvironments.environment("envtidy", teams()));

        assertThat(template).contains("AWS::S3::Bucket");
        try (Stream<Path> leftovers = Files.list(scratch)) {
            assertThat(leftovers).isEmpty();
        }
    }

    @Test
    void cacheMustHoldAtLeastOneTemplate() {
        assertThatThrownBy(() -> new StackSynthesizer(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxCachedTemplates");
    }

    private static List<TeamRoleProps> teams() {
        return List.of(SampleEnvironments.ENGINEERS);
    }
}
