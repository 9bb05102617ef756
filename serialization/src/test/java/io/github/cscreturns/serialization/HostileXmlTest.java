package io.github.cscreturns.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cscreturns.serialization.csww.CswwXmlReader;
import io.github.cscreturns.serialization.ssda903.ChildReader;
import io.github.cscreturns.serialization.ssda903.Ssda903Xml;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile XML for both readers: every piece of markup is bounded (not only element text), parser
 * messages never quote the input's text, and the JDK parser writes nothing to standard error.
 */
class HostileXmlTest {
  private static final String SSDA903_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<EXPSSDA903>\n<CHILD><HEADER><CHILDID>C1</CHILDID>";
  private static final String SSDA903_TAIL = "</HEADER></CHILD>\n</EXPSSDA903>\n";
  private static final String CSWW_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message xmlns=\"http://www.dfe.gov.uk/CSWW\">\n";

  /** An input of {@code prefix}, then {@code n} copies of {@code filler}, then {@code suffix}, never held whole. */
  private static InputStream huge(String prefix, char filler, long n, String suffix) {
    InputStream body = new InputStream() {
      long left = n;

      @Override
      public int read() {
        return left-- > 0 ? filler : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int k = (int) Math.min(len, left);
        java.util.Arrays.fill(b, off, off + k, (byte) filler);
        left -= k;
        return k;
      }
    };
    return new SequenceInputStream(
        new SequenceInputStream(new ByteArrayInputStream(prefix.getBytes(StandardCharsets.UTF_8)), body),
        new ByteArrayInputStream(suffix.getBytes(StandardCharsets.UTF_8)));
  }

  private static void readAll(InputStream in) {
    try (ChildReader r = Ssda903Xml.reader(in, "r.xml")) {
      r.forEachRemaining(c -> {});
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"comment", "attribute", "cdata", "instruction"})
  void aHundredMegabytePieceOfMarkupIsRefusedWhereItStarts(String kind) {
    long n = 100L * 1024 * 1024;
    String[] around = switch (kind) {
      case "comment" -> new String[] {"<!--", "-->"};
      case "attribute" -> new String[] {"<UPN a=\"", "\">x</UPN>"};
      case "cdata" -> new String[] {"<UPN><![CDATA[", "]]></UPN>"};
      default -> new String[] {"<?pi ", "?>"};
    };
    InputStream in = huge(SSDA903_HEAD + "\n" + around[0], 'A', n, around[1] + SSDA903_TAIL);
    assertThatThrownBy(() -> readAll(in))
        .isInstanceOf(FormatException.class)
        .hasMessageStartingWith("r.xml:4:")
        .hasMessageContaining("longer than the limit of 1048576 bytes")
        .hasMessageNotContaining("AAAA");
  }

  @Test
  void theWorkforceReaderBoundsMarkupToo() {
    InputStream in = huge(CSWW_HEAD + "<!--", 'A', 50L * 1024 * 1024, "-->\n</Message>\n");
    assertThatThrownBy(() -> CswwXmlReader.open(in, "w.xml"))
        .isInstanceOf(FormatException.class)
        .hasMessageStartingWith("w.xml:3:")
        .hasMessageContaining("a comment is longer than the limit");
  }

  @Test
  void ordinaryCommentsInstructionsAndAttributesStillRead() {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- extract of 2024 -->\n<?supplier x=\"1\"?>\n<EXPSSDA903>\n"
        + "<!-- child > 1 -- ok? no: this is the comment's end -->\n<CHILD><HEADER><CHILDID a='>'>C1</CHILDID>"
        + "<UPN><![CDATA[A1]]></UPN>" + SSDA903_TAIL;
    List<String> ids = new ArrayList<>();
    try (ChildReader r = Ssda903Xml.reader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "r.xml")) {
      r.forEachRemaining(c -> ids.add(c.childId().value()));
    } catch (FormatException e) {
      // a comment holding "--" is not well-formed XML: the parser's message, not our limit
      assertThat(e.getMessage()).doesNotContain("limit");
      return;
    }
    assertThat(ids).containsExactly("C1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"A&E", "Smith&Sons", "Flat 2&amp3", "x&#xZZ;"})
  void aBareAmpersandIsReportedWithoutTheTextAfterIt(String value) {
    String secret = value.substring(value.indexOf('&') + 1).replace(";", "");
    String xml = SSDA903_HEAD + "<UPN>" + value + "</UPN>" + SSDA903_TAIL;
    assertThatThrownBy(() -> readAll(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(FormatException.class)
        .hasMessageStartingWith("r.xml:3:")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(secret));
    String census = CSWW_HEAD + "<Header><Collection>" + value + "</Collection></Header></Message>";
    assertThatThrownBy(() -> CswwXmlReader.open(new ByteArrayInputStream(census.getBytes(StandardCharsets.UTF_8)), "w.xml"))
        .isInstanceOf(FormatException.class)
        .satisfies(e -> assertThat(e.getMessage()).startsWith("w.xml:3:").doesNotContain(secret));
  }

  @Test
  void theParserWritesNothingToStandardError() {
    byte[] badUtf8 = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><EXPSSDA903>\u00c3(</EXPSSDA903>".getBytes(StandardCharsets.ISO_8859_1);
    String err = standardErrorOf(() -> assertThatThrownBy(() -> readAll(new ByteArrayInputStream(badUtf8)))
        .isInstanceOf(FormatException.class)
        .hasMessageContaining("not valid in the file's encoding"));
    String errCsww = standardErrorOf(() -> assertThatThrownBy(() -> CswwXmlReader.open(new ByteArrayInputStream(badUtf8), "w.xml"))
        .isInstanceOf(FormatException.class));
    assertThat(err + errCsww).isEmpty();
  }

  private static String standardErrorOf(Runnable r) {
    PrintStream before = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      r.run();
    } finally {
      System.setErr(before);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

}
