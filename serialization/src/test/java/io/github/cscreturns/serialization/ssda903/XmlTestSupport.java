package io.github.cscreturns.serialization.ssda903;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.serialization.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Small helpers: XML text or bytes to children, children to XML bytes. */
final class XmlTestSupport {
  private XmlTestSupport() {}

  static List<Child> read(byte[] bytes) {
    return read(bytes, ReadLimits.defaults());
  }

  static List<Child> read(byte[] bytes, ReadLimits limits) {
    List<Child> out = new ArrayList<>();
    try (ChildReader r = Ssda903Xml.reader(new ByteArrayInputStream(bytes), "test.xml", limits)) {
      r.forEachRemaining(out::add);
    }
    return out;
  }

  static List<Child> read(String xml) {
    return read(xml.getBytes(StandardCharsets.UTF_8));
  }

  static List<Child> read(String xml, Charset charset) {
    return read(xml.getBytes(charset));
  }

  static byte[] write(List<Child> children, CollectionYear year) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Ssda903XmlWriter w = Ssda903Xml.writer(bytes, year)) {
      w.writeAll(children);
    }
    return bytes.toByteArray();
  }

  /** A document with one CHILD whose HEADER holds the given elements. */
  static String oneChild(String headerBody) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<EXPSSDA903>\n<CHILD>\n<HEADER>\n<CHILDID>C1</CHILDID>\n"
        + headerBody
        + "\n</HEADER>\n</CHILD>\n</EXPSSDA903>\n";
  }
}
