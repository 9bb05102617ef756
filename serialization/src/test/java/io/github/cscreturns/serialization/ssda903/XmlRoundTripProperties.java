package io.github.cscreturns.serialization.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.synthetic.testing.SeededProperty;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** XML write then read is the identity over seeded samples of up to five children; a failure names its seed and size. */
class XmlRoundTripProperties {

  static Stream<Object[]> samples150() {
    return SeededProperty.seedsAndSizes(150, 5);
  }

  static Stream<Object[]> samples50() {
    return SeededProperty.seedsAndSizes(50, 5);
  }

  private static FormatShapes.Sample xmlSample(SplittableRandom random, int size) {
    return FormatShapes.sample(random, size, FormatShapes::forXml);
  }

  @ParameterizedTest(name = "seed {0}, size {1}")
  @MethodSource("samples150")
  void writeThenReadGivesEqualChildren(long seed, int size) {
    SeededProperty.check(seed, size, XmlRoundTripProperties::xmlSample, XmlRoundTripProperties::writeThenReadGivesEqualChildren);
  }

  @ParameterizedTest(name = "seed {0}, size {1}")
  @MethodSource("samples50")
  void readWriteReadIsStable(long seed, int size) {
    SeededProperty.check(seed, size, XmlRoundTripProperties::xmlSample, XmlRoundTripProperties::readWriteReadIsStable);
  }

  /**
   * Write then read gives the children as judged (codes, identifiers and unparsed text upper-cased),
   * keeping what was written: reading what was written again gives equal children with the same
   * as-written text (and the same XML, {@link #readWriteReadIsStable}).
   */
  static void writeThenReadGivesEqualChildren(FormatShapes.Sample sample) {
    List<Child> children = sample.children();
    List<Child> once = XmlTestSupport.read(XmlTestSupport.write(children, sample.year()));
    List<Child> twice = XmlTestSupport.read(XmlTestSupport.write(once, sample.year()));
    assertThat(twice).isEqualTo(once);
    assertThat(WrittenText.of(twice)).isEqualTo(WrittenText.of(once));
  }

  static void readWriteReadIsStable(FormatShapes.Sample sample) {
    List<Child> children = sample.children();
    CollectionYear year = sample.year();
    List<Child> once = XmlTestSupport.read(XmlTestSupport.write(children, year));
    byte[] again = XmlTestSupport.write(once, year);
    assertThat(again).isEqualTo(XmlTestSupport.write(children, year));
  }
}
