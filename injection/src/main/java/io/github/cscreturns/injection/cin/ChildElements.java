package io.github.cscreturns.injection.cin;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * A child of a CIN return as the tree of its XML elements (as our own writer wrote it), to be changed
 * an element at a time and read back by the CIN reader. A leaf holds text; a group holds elements.
 */
final class ChildElements {
  final String name;
  @Nullable String text;
  final List<ChildElements> children = new ArrayList<>();

  ChildElements(String name, @Nullable String text) {
    this.name = name;
    this.text = text;
  }

  boolean isLeaf() {
    return children.isEmpty() && text != null;
  }

  ChildElements copy() {
    ChildElements c = new ChildElements(name, text);
    for (ChildElements e : children) {
      c.children.add(e.copy());
    }
    return c;
  }

  /** The tree of the one {@code <Child>} (or {@code <Header>}) in the text our writer wrote. */
  static ChildElements parse(String xml, String root) {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try {
      XMLStreamReader x = f.createXMLStreamReader(new StringReader(xml));
      List<ChildElements> stack = new ArrayList<>();
      ChildElements found = null;
      StringBuilder text = new StringBuilder();
      while (x.hasNext()) {
        int event = x.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String n = x.getLocalName();
          if (!stack.isEmpty() || n.equals(root)) {
            ChildElements e = new ChildElements(n, null);
            if (!stack.isEmpty()) {
              stack.get(stack.size() - 1).children.add(e);
            }
            stack.add(e);
            text.setLength(0);
          }
        } else if (event == XMLStreamConstants.CHARACTERS && !stack.isEmpty()) {
          text.append(x.getText());
        } else if (event == XMLStreamConstants.END_ELEMENT && !stack.isEmpty()) {
          ChildElements e = stack.remove(stack.size() - 1);
          if (e.children.isEmpty()) {
            e.text = text.toString();
          }
          text.setLength(0);
          if (stack.isEmpty()) {
            found = e;
            break;
          }
        }
      }
      if (found == null) {
        throw new IllegalStateException("No " + root + " element in the written return");
      }
      return found;
    } catch (XMLStreamException e) {
      throw new IllegalStateException("The written return cannot be read back", e);
    }
  }

  void write(StringBuilder b) {
    b.append('<').append(name).append('>');
    if (children.isEmpty()) {
      escape(b, text == null ? "" : text);
    } else {
      for (ChildElements c : children) {
        c.write(b);
      }
    }
    b.append("</").append(name).append('>');
  }

  private static void escape(StringBuilder b, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        default -> b.append(c);
      }
    }
  }

  /** Every element of the tree with its path ("CINdetails[1]/Assessments[2]/AssessmentActualStartDate"), in document order. */
  List<Located> all() {
    List<Located> out = new ArrayList<>();
    collect(this, "", null, out);
    return out;
  }

  /** An element with its parent and its path from the child. */
  record Located(ChildElements element, @Nullable ChildElements parent, String path) {}

  private static void collect(ChildElements e, String path, @Nullable ChildElements parent, List<Located> out) {
    if (parent != null) {
      out.add(new Located(e, parent, path));
    }
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    java.util.Map<String, Integer> total = new java.util.HashMap<>();
    e.children.forEach(c -> total.merge(c.name, 1, Integer::sum));
    for (ChildElements c : e.children) {
      int n = seen.merge(c.name, 1, Integer::sum);
      String p = (path.isEmpty() ? "" : path + "/") + c.name + (total.get(c.name) > 1 ? "[" + n + "]" : "");
      collect(c, p, e, out);
    }
  }
}
