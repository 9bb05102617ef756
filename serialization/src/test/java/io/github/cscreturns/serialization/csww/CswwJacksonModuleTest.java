package io.github.cscreturns.serialization.csww;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.csww.SocialWorker;
import io.github.cscreturns.core.csww.WorkforceReturn;
import io.github.cscreturns.core.csww.WorkforceSnapshot;
import org.junit.jupiter.api.Test;

class CswwJacksonModuleTest {
  static final ObjectMapper JSON = CswwJacksonModule.objectMapper();

  @Test
  void theSampleRoundTripsThroughJson() throws Exception {
    WorkforceReturn sample = CswwXmlReaderTest.sample();
    String json = JSON.writeValueAsString(sample);
    assertThat(JSON.readValue(json, WorkforceReturn.class)).isEqualTo(sample);
  }

  @Test
  void workersAreWrittenWithCodesIsoDatesAndExactDecimals() throws Exception {
    SocialWorker first = CswwXmlReaderTest.sample().workers().get(0);
    JsonNode node = JSON.readTree(JSON.writeValueAsString(first));
    assertThat(node.get("agencyWorker").asText()).isEqualTo("1");
    assertThat(node.get("birthDate").asText()).isEqualTo("1967-01-04");
    assertThat(node.get("fte").isNumber()).isTrue();
    assertThat(JSON.writeValueAsString(first)).contains("\"fte\":0.521371", "\"contractWeeks\":[288.7]");
    assertThat(node.has("roleEndDate")).isFalse();
    assertThat(node.has("unparsed")).isFalse();
    assertThat(node.has("location")).isFalse();
  }

  @Test
  void unparsedTextAndScaleSurvive() throws Exception {
    SocialWorker w = SocialWorker.builder().fte(new java.math.BigDecimal("0.500000")).putUnparsed("Cases30", "many").build();
    String json = JSON.writeValueAsString(w);
    assertThat(json).contains("\"fte\":0.500000", "\"unparsed\":{\"Cases30\":\"many\"}");
    assertThat(JSON.readValue(json, SocialWorker.class)).isEqualTo(w);
  }

  @Test
  void snapshotJsonCarriesFiguresAndBreakdowns() throws Exception {
    WorkforceSnapshot s = CswwXmlReaderTest.sample().snapshot(CollectionYear.Y2022_23);
    JsonNode node = JSON.readTree(JSON.writeValueAsString(s));
    assertThat(node.get("referenceDate").asText()).isEqualTo("2023-09-30");
    assertThat(node.get("censusYear").asText()).isEqualTo("2022-23");
    assertThat(node.get("vacancies").get("fte").decimalValue()).isEqualByComparingTo("79.68");
    assertThat(node.get("agencyWorkers").get("headcount").asInt()).isEqualTo(71);
    assertThat(JSON.readValue(JSON.writeValueAsString(s), WorkforceSnapshot.class)).isEqualTo(s);
  }

  @Test
  void badJsonIsRefused() {
    assertThatThrownBy(() -> JSON.readValue("{\"agencyWorker\":\"7\"}", SocialWorker.class))
        .hasMessageContaining("Not a code of AgencyWorker");
    assertThatThrownBy(() -> JSON.readValue("{\"salary\":1}", SocialWorker.class))
        .hasMessageContaining("salary");
  }
}
