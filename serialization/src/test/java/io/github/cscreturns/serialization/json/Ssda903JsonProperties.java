package io.github.cscreturns.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.testing.ChildArbitraries;
import io.github.cscreturns.core.ssda903.Ssda903Return;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** JSON write then read is the identity, for valid and invalid children and whole returns. */
class Ssda903JsonProperties {

  @Provide
  Arbitrary<Child> children() {
    return ChildArbitraries.children();
  }

  @Provide
  Arbitrary<Ssda903Return> returns() {
    return ChildArbitraries.returns();
  }

  @Property(tries = 1000)
  void childRoundTripIsTheIdentity(@ForAll("children") Child child) {
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

  @Property(tries = 200)
  void returnRoundTripIsTheIdentity(@ForAll("returns") Ssda903Return ssda903Return) {
    assertThat(Ssda903Json.readReturn(Ssda903Json.writeReturn(ssda903Return))).isEqualTo(ssda903Return);
  }

  @Property(tries = 200)
  void jsonLinesRoundTripIsTheIdentity(@ForAll("returns") Ssda903Return ssda903Return) throws IOException {
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
