package io.github.cscreturns.serialization.csww;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cscreturns.core.csww.testing.CswwArbitraries;
import io.github.cscreturns.core.csww.SocialWorker;
import io.github.cscreturns.core.csww.WorkforceReturn;
import io.github.cscreturns.core.csww.WorkforceSnapshot;
import io.github.cscreturns.core.csww.WorkforceAggregator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Writing then reading is the identity, for XML and for JSON, over generated returns. */
class CswwRoundTripProperties {
  static final ObjectMapper JSON = CswwJacksonModule.objectMapper();

  @Provide
  Arbitrary<WorkforceReturn> returns() {
    return CswwArbitraries.returns();
  }

  @Provide
  Arbitrary<SocialWorker> workers() {
    return net.jqwik.api.Arbitraries.oneOf(CswwArbitraries.socialWorkers(), CswwArbitraries.socialWorkersWithUnparsedValues());
  }

  static WorkforceReturn readXml(String xml) {
    return CswwXmlReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "generated");
  }

  @Property(tries = 150)
  void xmlRoundTripIsTheIdentity(@ForAll("returns") WorkforceReturn census) {
    String xml = CswwXmlWriter.toXml(census);
    WorkforceReturn back = readXml(xml);
    assertThat(back).isEqualTo(census);
    assertThat(CswwXmlWriter.toXml(back)).isEqualTo(xml);
  }

  @Property(tries = 150)
  void jsonRoundTripIsTheIdentity(@ForAll("returns") WorkforceReturn census) throws Exception {
    String json = JSON.writeValueAsString(census);
    assertThat(JSON.readValue(json, WorkforceReturn.class)).isEqualTo(census);
  }

  @Property(tries = 200)
  void aSingleWorkerRoundTripsThroughJson(@ForAll("workers") SocialWorker worker) throws Exception {
    assertThat(JSON.readValue(JSON.writeValueAsString(worker), SocialWorker.class)).isEqualTo(worker);
  }

  @Property(tries = 100)
  void snapshotsRoundTripThroughJson(@ForAll("returns") WorkforceReturn census) throws Exception {
    WorkforceAggregator a = WorkforceAggregator.at(LocalDate.of(2023, 9, 30));
    census.laLevelVacancies().ifPresent(a::laLevelItems);
    census.workers().forEach(a::add);
    WorkforceSnapshot s = a.snapshot();
    assertThat(JSON.readValue(JSON.writeValueAsString(s), WorkforceSnapshot.class)).isEqualTo(s);
  }
}
