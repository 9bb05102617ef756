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
  Arbitrary<FormatShapes.Sample> xmlChildren() {
    return FormatShapes.samples(FormatShapes::forXml);
  }

  @Property(tries = 150)
  void writeThenReadGivesEqualChildren(@ForAll("xmlChildren") FormatShapes.Sample sample) {
    List<Child> children = sample.children();
    byte[] xml = XmlTestSupport.write(children, sample.year());
    assertThat(XmlTestSupport.read(xml)).isEqualTo(children);
  }

  @Property(tries = 50)
  void readWriteReadIsStable(@ForAll("xmlChildren") FormatShapes.Sample sample) {
    List<Child> children = sample.children();
    CollectionYear year = sample.year();
    List<Child> once = XmlTestSupport.read(XmlTestSupport.write(children, year));
    byte[] again = XmlTestSupport.write(once, year);
    assertThat(again).isEqualTo(XmlTestSupport.write(children, year));
  }
}
