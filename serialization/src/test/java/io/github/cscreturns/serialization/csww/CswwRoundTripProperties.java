package io.github.cscreturns.serialization.csww;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cscreturns.synthetic.csww.CswwSamples;
import io.github.cscreturns.synthetic.testing.SeededProperty;
import io.github.cscreturns.core.csww.SocialWorker;
import io.github.cscreturns.core.csww.WorkforceReturn;
import io.github.cscreturns.core.csww.WorkforceSnapshot;
import io.github.cscreturns.core.csww.WorkforceAggregator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Writing then reading is the identity, for XML and for JSON, over seeded returns of up to six
 * workers; a failure names its seed and size.
 */
class CswwRoundTripProperties {
  static final ObjectMapper JSON = CswwJacksonModule.objectMapper();

  static Stream<Object[]> returns150() {
    return SeededProperty.seedsAndSizes(150, 6);
  }

  static Stream<Object[]> returns100() {
    return SeededProperty.seedsAndSizes(100, 6);
  }

  static LongStream workers() {
    return SeededProperty.seeds(200);
  }

  private static WorkforceReturn census(SplittableRandom random, int size) {
    return CswwSamples.aReturn(size, random);
  }

  private interface Check<T> {
    void accept(T value) throws Exception;
  }

  private static <T> java.util.function.Consumer<T> unchecked(Check<T> check) {
    return value -> {
      try {
        check.accept(value);
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    };
  }

  @ParameterizedTest(name = "seed {0}, size {1}")
  @MethodSource("returns150")
  void xmlRoundTripIsTheIdentity(long seed, int size) {
    SeededProperty.check(seed, size, CswwRoundTripProperties::census, CswwRoundTripProperties::xmlRoundTripIsTheIdentity);
  }

  @ParameterizedTest(name = "seed {0}, size {1}")
  @MethodSource("returns150")
  void jsonRoundTripIsTheIdentity(long seed, int size) {
    SeededProperty.check(seed, size, CswwRoundTripProperties::census, unchecked(CswwRoundTripProperties::jsonRoundTripIsTheIdentity));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("workers")
  void aSingleWorkerRoundTripsThroughJson(long seed) {
    SeededProperty.check(seed, (r, n) -> CswwSamples.anySocialWorker(r), unchecked(CswwRoundTripProperties::aSingleWorkerRoundTripsThroughJson));
  }

  @ParameterizedTest(name = "seed {0}, size {1}")
  @MethodSource("returns100")
  void snapshotsRoundTripThroughJson(long seed, int size) {
    SeededProperty.check(seed, size, CswwRoundTripProperties::census, unchecked(CswwRoundTripProperties::snapshotsRoundTripThroughJson));
  }

  static WorkforceReturn readXml(String xml) {
    return CswwXmlReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "generated");
  }

  static void xmlRoundTripIsTheIdentity(WorkforceReturn census) {
    String xml = CswwXmlWriter.toXml(census);
    WorkforceReturn back = readXml(xml);
    assertThat(back).isEqualTo(census);
    assertThat(CswwXmlWriter.toXml(back)).isEqualTo(xml);
  }

  static void jsonRoundTripIsTheIdentity(WorkforceReturn census) throws Exception {
    String json = JSON.writeValueAsString(census);
    assertThat(JSON.readValue(json, WorkforceReturn.class)).isEqualTo(census);
  }

  static void aSingleWorkerRoundTripsThroughJson(SocialWorker worker) throws Exception {
    assertThat(JSON.readValue(JSON.writeValueAsString(worker), SocialWorker.class)).isEqualTo(worker);
  }

  static void snapshotsRoundTripThroughJson(WorkforceReturn census) throws Exception {
    WorkforceAggregator a = WorkforceAggregator.at(LocalDate.of(2023, 9, 30));
    census.laLevelVacancies().ifPresent(a::laLevelItems);
    census.workers().forEach(a::add);
    WorkforceSnapshot s = a.snapshot();
    assertThat(JSON.readValue(JSON.writeValueAsString(s), WorkforceSnapshot.class)).isEqualTo(s);
  }
}
