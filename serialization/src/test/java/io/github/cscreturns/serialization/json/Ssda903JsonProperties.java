package io.github.cscreturns.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.synthetic.ssda903.ChildSamples;
import io.github.cscreturns.synthetic.testing.SeededProperty;
import io.github.cscreturns.core.ssda903.Ssda903Return;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * JSON write then read is the identity, for valid and invalid children and whole returns (of up to
 * six children), over seeded samples; a failure names its seed and size.
 */
class Ssda903JsonProperties {

  static LongStream children() {
    return SeededProperty.seeds(1000);
  }

  static Stream<Object[]> returns() {
    return SeededProperty.seedsAndSizes(200, 6);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("children")
  void childRoundTripIsTheIdentity(long seed) {
    SeededProperty.check(seed, (r, n) -> ChildSamples.child(r), Ssda903JsonProperties::childRoundTripIsTheIdentity);
  }

  @ParameterizedTest(name = "seed {0}, size {1}")
  @MethodSource("returns")
  void returnRoundTripIsTheIdentity(long seed, int size) {
    SeededProperty.check(seed, size, (r, n) -> ChildSamples.aReturn(n, r), Ssda903JsonProperties::returnRoundTripIsTheIdentity);
  }

  @ParameterizedTest(name = "seed {0}, size {1}")
  @MethodSource("returns")
  void jsonLinesRoundTripIsTheIdentity(long seed, int size) {
    SeededProperty.check(seed, size, (r, n) -> ChildSamples.aReturn(n, r), ret -> {
      try {
        jsonLinesRoundTripIsTheIdentity(ret);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  static void childRoundTripIsTheIdentity(Child child) {
    String json = Ssda903Json.write(child);
    Child back = Ssda903Json.read(json);
    assertThat(back).isEqualTo(child);
    // Sources are not part of equality, so check them apart.
    assertThat(back.source()).isEqualTo(child.source());
    for (int i = 0; i < child.episodes().size(); i++) {
      assertThat(back.episodes().get(i).source()).isEqualTo(child.episodes().get(i).source());
    }
    assertThat(Ssda903Json.write(back)).isEqualTo(json);
  }

  static void returnRoundTripIsTheIdentity(Ssda903Return ssda903Return) {
    assertThat(Ssda903Json.readReturn(Ssda903Json.writeReturn(ssda903Return))).isEqualTo(ssda903Return);
  }

  static void jsonLinesRoundTripIsTheIdentity(Ssda903Return ssda903Return) throws IOException {
    StringWriter out = new StringWriter();
    Ssda903Json.writeLines(ssda903Return.children(), out);
    assertThat(out.toString().lines()).hasSize(ssda903Return.children().size());
    List<Child> back = new ArrayList<>();
    try (var lines = Ssda903Json.readLines(new StringReader(out.toString()))) {
      lines.forEachRemaining(back::add);
    }
    assertThat(back).isEqualTo(ssda903Return.children());
  }
}
