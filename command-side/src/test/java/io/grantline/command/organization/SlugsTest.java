package io.grantline.command.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void aSlugIsTheLowerCaseLabelWithRunsOfOtherCharactersAsOneDash() {
        assertThat(Slugs.of("Sales & Marketing  Data")).isEqualTo("sales-marketing-data");
    }

    @Test
    void accentsAreDroppedFromTheSlug() {
        assertThat(Slugs.of("Données Clés")).isEqualTo("donnees-cles");
    }

    @Test
    void aSlugNeitherStartsNorEndsWithADash() {
        assertThat(Slugs.of("  --Finance!--  ")).isEqualTo("finance");
    }

    @Test
    void aLabelWithoutLettersOrDigitsGetsAGenericSlug() {
        assertThat(Slugs.of("!!!")).isEqualTo("resource");
    }
}
