package io.grantline.command.environment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResourceNamesTest {

    @Test
    void namesArePrefixLabelAndUriInLowerCase() {
        assertThat(ResourceNames.iamRole("dataall", "DataScientists", "envuri01"))
                .isEqualTo("dataall-datascientists-envuri01");
    }

    @Test
    void longLabelsAreShortenedSoThatTheNameKeepsItsUriWithinSixtyThreeCharacters() {
        String name = ResourceNames.iamRole("acme-data", "a-very-long-environment-label-that-goes-on-and-on-and-on",
                "envuri01");

        assertThat(name).hasSizeLessThanOrEqualTo(63).startsWith("acme-data-a-very-long").endsWith("-envuri01");
    }

    @Test
    void bucketNamesKeepOnlyLettersDigitsAndDashes() {
        assertThat(ResourceNames.bucket("dataall", "Sales_Data Lake", "envuri01"))
                .isEqualTo("dataall-sales-data-lake-envuri01");
    }

    @Test
    void iamNamesKeepUnderscoresAsDataallDoes() {
        assertThat(ResourceNames.iamRole("dataall", "Data_Team", "envuri01")).isEqualTo("dataall-data_team-envuri01");
    }

    @Test
    void anOverlongPrefixStillGivesANameOfAtMostSixtyThreeCharacters() {
        assertThat(ResourceNames.athenaWorkGroup("p".repeat(70), "team", "envuri01")).hasSize(63);
    }
}
