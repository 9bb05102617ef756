package io.github.cscreturns.serialization.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.github.cscreturns.core.SourceLocation;
import io.github.cscreturns.serialization.FormatException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/** What every XML reader of this module shares: a hardened StAX factory and safe parser messages. */
public final class XmlParsing {
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'");
  private static final Pattern NAME = Pattern.compile("</?[A-Za-z_][A-Za-z0-9_.:-]{0,63}>?");

  private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._-]{1,40})[\"']");

  private XmlParsing() {}

  /**
   * A stream reader over the bytes. A UTF-8 or ASCII file (by its byte-order mark or declaration, or
   * by default) is decoded by the JDK's strict decoder rather than the parser's own, whose error
   * reporter prints {@code [Fatal Error] :-1:-1: Invalid byte …} on standard error before throwing
   * (nothing can silence it through the StAX API); an undecodable byte then surfaces as a
   * {@link java.nio.charset.CharacterCodingException} inside the parser's exception. Other encodings
   * go to the parser as bytes.
   */
  public static XMLStreamReader open(XMLInputFactory factory, InputStream in) throws XMLStreamException {
    BufferedInputStream b = new BufferedInputStream(in, 8192);
    byte[] head = new byte[512];
    int n;
    try {
      b.mark(head.length);
      n = b.readNBytes(head, 0, head.length);
      b.reset();
    } catch (IOException e) {
      throw new XMLStreamException("cannot read the input: " + e.getClass().getSimpleName(), e);
    }
    boolean utf8Bom = n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
    boolean utf16 = n >= 2 && (((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) || ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)
        || (head[0] == 0 && head[1] == '<') || (head[0] == '<' && head[1] == 0));
    if (utf16) {
      return factory.createXMLStreamReader(b);
    }
    String start = new String(head, 0, n, StandardCharsets.ISO_8859_1);
    String declared = null;
    if (start.startsWith("<?xml", utf8Bom ? 3 : 0)) {
      int end = start.indexOf("?>");
      Matcher m = ENCODING.matcher(end > 0 ? start.substring(0, end) : start);
      if (m.find()) {
        declared = m.group(1).toUpperCase(Locale.ROOT);
      }
    }
    boolean ascii = declared != null && (declared.equals("US-ASCII") || declared.equals("ASCII"));
    if (declared != null && !ascii && !declared.equals("UTF-8") && !declared.equals("UTF8")) {
      return factory.createXMLStreamReader(b);
    }
    try {
      if (utf8Bom) {
        b.skipNBytes(3);
      }
    } catch (IOException e) {
      throw new XMLStreamException("cannot read the input: " + e.getClass().getSimpleName(), e);
    }
    return factory.createXMLStreamReader(UndecodableInput.strict(b, ascii));
  }

  /**
   * The JDK's own StAX factory (whatever else is on the class path), with DTDs, external entities and
   * entity replacement off, external resources refused, and the parser's messages kept from standard
   * error (the JDK parser otherwise prints {@code [Fatal Error] …} itself before throwing).
   */
  public static XMLInputFactory secureFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setXMLResolver(
        (publicId, systemId, base, namespace) -> {
          throw new XMLStreamException("external resources are refused");
        });
    f.setXMLReporter((message, errorType, relatedInformation, location) -> {
      // reported to the caller through the exception the parser throws next
    });
    return f;
  }

  /**
   * The parser's own words for a problem, without its "ParseError at [row,col]" prefix (the location
   * is ours) and without any text it quotes from the input: the JDK parser names the characters after
   * a bare {@code &} ({@code The reference to entity "Sons" must end with …}), which can be a child's
   * data. Quoted element names are kept; any other quoted text becomes "…".
   */
  public static String parserMessage(Throwable e) {
    String m = String.valueOf(e.getMessage());
    int i = m.indexOf("Message: ");
    m = (i >= 0 ? m.substring(i + 9) : m).strip();
    boolean aboutText = m.contains("entity") || m.contains("character") || m.contains("value");
    Matcher q = QUOTED.matcher(m);
    StringBuilder b = new StringBuilder();
    while (q.find()) {
      String inner = q.group().substring(1, q.group().length() - 1);
      boolean keep = !aboutText && NAME.matcher(inner).matches();
      q.appendReplacement(b, Matcher.quoteReplacement(keep ? q.group() : q.group().charAt(0) + "…" + q.group().charAt(0)));
    }
    q.appendTail(b);
    return b.toString();
  }

  /**
   * Whether the parser failed on bytes that are not valid in the file's encoding, as reported by the
   * strict decoder of {@link #open} (its exception is not always chained as the cause) or by the parser.
   */
  public static boolean isDecodingError(Throwable e) {
    for (Throwable t = e; t != null; t = next(t)) {
      if (t instanceof java.nio.charset.CharacterCodingException || t instanceof java.io.CharConversionException) {
        return true;
      }
      String m = String.valueOf(t.getMessage());
      if (m.matches("(?s).*Input length = \\d+.*") || m.contains("UTF-8 sequence") || m.contains("Invalid byte")) {
        return true;
      }
    }
    return false;
  }

  /** The decoding failure inside the parser's exception, with its exact position, if that is what it is. */
  public static java.util.Optional<UndecodableInput> undecodable(Throwable e) {
    for (Throwable t = e; t != null; t = next(t)) {
      if (t instanceof UndecodableInput u) {
        return java.util.Optional.of(u);
      }
    }
    return java.util.Optional.empty();
  }

  private static Throwable next(Throwable t) {
    if (t.getCause() != null) {
      return t.getCause();
    }
    return t instanceof XMLStreamException x && x.getNestedException() != t ? x.getNestedException() : null;
  }

  /** A strict UTF-8 reader of the bytes: a bad byte is an {@link UndecodableInput} at its line and column. */
  public static java.io.Reader strictUtf8(InputStream in) {
    return UndecodableInput.strict(in, false);
  }

  /**
   * The location in the file of a parser position: line and column where the parser knows them
   * (a position of 0 or less is unknown).
   */
  public static SourceLocation location(String file, @Nullable Location l) {
    var b = SourceLocation.builder().file(file);
    if (l != null && l.getLineNumber() > 0) {
      b.line(l.getLineNumber());
      if (l.getColumnNumber() > 0) {
        b.column(l.getColumnNumber());
      }
    }
    return b.build();
  }

  /**
   * One FormatException for whatever a reader of {@code file} threw, with the best location known:
   * the exception's own, else the reader's position. Never quotes input text: an I/O failure is named
   * by its class, a parser message is cleaned by {@link #parserMessage}.
   */
  public static FormatException translate(String file, Exception e, @Nullable XMLStreamReader reader) {
    if (e instanceof FormatException f) {
      return f;
    }
    Location l = null;
    if (e instanceof XMLStreamException xe && xe.getLocation() != null) {
      l = xe.getLocation();
    } else if (reader != null) {
      try {
        l = reader.getLocation();
      } catch (RuntimeException ignored) {
        l = null;
      }
    }
    var bad = undecodable(e);
    if (bad.isPresent()) {
      return new FormatException(
          SourceLocation.builder().file(file).line(bad.get().line()).column(bad.get().column()).build(),
          "the bytes are not valid in the file's encoding", e);
    }
    if (isDecodingError(e)) {
      return new FormatException(location(file, l), "the bytes are not valid in the file's encoding", e);
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InputLimitExceeded) {
        return new FormatException(location(file, l), t.getMessage(), e);
      }
      if (t instanceof IOException && !(t.getCause() instanceof IOException) && t != e) {
        return new FormatException(location(file, l), "cannot read the input: " + t.getClass().getSimpleName(), e);
      }
    }
    if (e instanceof XMLStreamException) {
      String message = parserMessage(e);
      // undecodable bytes were handled above; what is left here is a declared encoding the JDK does not know
      if (message.contains("encoding")) {
        return new FormatException(location(file, l), "the bytes are not valid in the file's encoding: " + message, e);
      }
      return new FormatException(location(file, l), "malformed XML: " + message, e);
    }
    return new FormatException(location(file, l), "unreadable XML (" + e.getClass().getSimpleName() + ")", e);
  }
}
