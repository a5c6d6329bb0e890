package io.grantline.cdk.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.grantline.cdk.StackSynthesizer;
import org.junit.jupiter.api.Test;

class DatasetSynthesisTest {

    @Test
    void identicalDatasetPropsAreSynthesizedOnce() {
        StackSynthesizer synthesizer = new StackSynthesizer();

        String first = synthesizer.synthesizeDataset(SampleDatasets.created("dssame"));
        String second = synthesizer.synthesizeDataset(SampleDatasets.created("dssame"));

        assertThat(second).isSameAs(first);
        assertThat(synthesizer.synthesisCount()).isEqualTo(1);
    }

    @Test
    void differentDatasetPropsAreSynthesizedSeparately() {
        StackSynthesizer synthesizer = new StackSynthesizer();

        String first = synthesizer.synthesizeDataset(SampleDatasets.created("dsone"));
        String second = synthesizer.synthesizeDataset(SampleDatasets.created("dstwo"));

        assertThat(first).contains("gl-sales-dsone").doesNotContain("gl-sales-dstwo");
        assertThat(second).contains("gl-sales-dstwo").doesNotContain("gl-sales-dsone");
        assertThat(synthesizer.synthesisCount()).isEqualTo(2);
    }
}
