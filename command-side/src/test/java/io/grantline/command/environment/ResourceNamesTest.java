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
    void accessLogsBucketIsTheDefaultBucketFollowedByAccessLogs() {
        assertThat(ResourceNames.accessLogsBucket("dataall", "Sales Data", "envuri01"))
                .isEqualTo(ResourceNames.bucket("dataall", "Sales Data", "envuri01") + "-access-logs");
    }

    @Test
    void accessLogsBucketOfALongLabelKeepsItsUriAndSuffixWithinSixtyThreeCharacters() {
        String label = "a-very-long-environment-label-that-goes-on-and-on-and-on";

        assertThat(ResourceNames.accessLogsBucket("acme-data", label, "envuri01")).hasSizeLessThanOrEqualTo(63)
                .startsWith("acme-data-a-very-long").endsWith("-envuri01-access-logs")
                .isNotEqualTo(ResourceNames.bucket("acme-data", label, "envuri01"));
    }

    @Test
    void anOverlongPrefixStillGivesANameOfAtMostSixtyThreeCharacters() {
        assertThat(ResourceNames.athenaWorkGroup("p".repeat(70), "team", "envuri01")).hasSize(63);
    }
}
