package io.github.cscreturns.serialization.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class XmlRoundTripProperties {

  @Provide
  Arbitrary<List<Child>> xmlChildren() {
    return GeneratedChildren.children(GeneratedChildren.Shape.XML);
  }

  @Property(tries = 150)
  void writeThenReadGivesEqualChildren(@ForAll("xmlChildren") List<Child> children) {
    byte[] xml = XmlTestSupport.write(children, CollectionYear.Y2026_27);
    assertThat(XmlTestSupport.read(xml)).isEqualTo(children);
  }

  @Property(tries = 50)
  void readWriteReadIsStable(@ForAll("xmlChildren") List<Child> children) {
    List<Child> once = XmlTestSupport.read(XmlTestSupport.write(children, CollectionYear.Y2026_27));
    byte[] again = XmlTestSupport.write(once, CollectionYear.Y2026_27);
    assertThat(again).isEqualTo(XmlTestSupport.write(children, CollectionYear.Y2026_27));
  }
}
