package io.github.cscreturns.serialization;

import io.github.cscreturns.core.SourceLocation;
import io.github.cscreturns.serialization.internal.InputLimitExceeded;
import io.github.cscreturns.serialization.internal.MarkupBoundedInputStream;
import io.github.cscreturns.serialization.internal.XmlParsing;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * The statutory returns of children's social care that this SDK reads, and which one a file is,
 * told from the start of the file without reading it all.
 *
 * <ul>
 *   <li>{@link #SSDA903}: the children looked after return, an XML file with the root element
 *       {@code EXPSSDA903}, or a folder (the CSV file set).
 *   <li>{@link #CIN_CENSUS}: the Children in Need census, an XML file with the root element {@code
 *       Message} whose {@code Header/CollectionDetails/Collection} is {@code CIN}, or (without that
 *       item) whose first part after the Header is {@code Children}.
 *   <li>{@link #WORKFORCE_CENSUS}: the children's social work workforce census, an XML file with
 *       the root element {@code Message} whose Collection is {@code CSWW}, or (without that item)
 *       whose first part after the Header is {@code LALevelVacancies} or a {@code CSWWWorker}.
 * </ul>
 *
 * <pre>{@code
 * switch (ReturnKind.detect(Path.of("return.xml"))) {
 *   case SSDA903 -> ...            // Ssda903Xml.reader(file), or Ssda903Csv.read(folder)
 *   case CIN_CENSUS -> ...         // CinXml.reader(file)
 *   case WORKFORCE_CENSUS -> ...   // CswwXmlReader.open(in, name)
 * }
 * }</pre>
 *
 * <p>The file is read with the readers' hardened parser (no DTD, no external entity or resource,
 * each piece of markup bounded) and only until the kind is known, at most {@link
 * #MAX_BYTES_EXAMINED} bytes. Whatever prevents telling the kind (malformed XML, a DOCTYPE, an
 * unknown root element, a Collection that is neither CIN nor CSWW) is one {@link FormatException}
 * naming the file, line and column, never quoting the file's text. Telling the kind is not checking
 * the file: the return's own reader still reports what is wrong further on.
 *
 * @since 2022-23
 */
public enum ReturnKind {
  /** The SSDA903 return of children looked after (XML file or CSV file set). */
  SSDA903("SSDA903"),
  /** The Children in Need census. */
  CIN_CENSUS("CIN census"),
  /** The children's social work workforce census. */
  WORKFORCE_CENSUS("children's social work workforce census");

  /** The most bytes {@link #detect} reads before giving up: 1 MiB, far past where any return says what it is. */
  public static final int MAX_BYTES_EXAMINED = 1024 * 1024;

  private static final Pattern ELEMENT_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,63}");

  private final String title;

  ReturnKind(String title) {
    this.title = title;
  }

  /**
   * The return's name in messages and report titles: "SSDA903", "CIN census", "children's social
   * work workforce census".
   *
   * @return the return's name in messages and report titles
   */
  public String title() {
    return title;
  }

  /**
   * Which return the file or folder is: a folder is the SSDA903 CSV file set (its files are not
   * read); a file is told by its XML, as the class comment says.
   *
   * @param input an XML file, or a folder of SSDA903 CSV files
   * @return the return the input is
   * @throws FormatException naming the file, line and column, when the kind cannot be told (also
   *     when the file cannot be opened)
   */
  public static ReturnKind detect(Path input) {
    if (Files.isDirectory(input)) {
      return SSDA903;
    }
    String name = String.valueOf(input.getFileName());
    InputStream in;
    try {
      in = Files.newInputStream(input);
    } catch (IOException e) {
      throw new FormatException(SourceLocation.builder().file(name).build(), "cannot open the file: " + e.getClass().getSimpleName(), e);
    }
    try (InputStream file = new BufferedInputStream(in, 1 << 14)) {
      return detect(file, name);
    } catch (IOException e) {
      // closing a file that was read: nothing was lost
      throw new FormatException(SourceLocation.builder().file(name).build(), "cannot read the file: " + e.getClass().getSimpleName(), e);
    }
  }

  /**
   * Which return the XML read from the stream is. Reads at most {@link #MAX_BYTES_EXAMINED} bytes
   * and does not close the stream; to read the return afterwards from a stream that cannot be read
   * twice (standard input), mark it first ({@code BufferedInputStream.mark(MAX_BYTES_EXAMINED)}) and
   * reset it after.
   *
   * @param in the XML bytes
   * @param fileName names the input in the exception's location
   * @return the return the XML is
   * @throws FormatException naming the file, line and column, when the kind cannot be told
   */
  public static ReturnKind detect(InputStream in, String fileName) {
    InputStream bounded = new MarkupBoundedInputStream(new Examined(in), ReadLimits.defaults().maxMarkupBytes());
    XMLStreamReader x;
    try {
      x = XmlParsing.open(XmlParsing.secureFactory(), bounded);
    } catch (XMLStreamException | RuntimeException e) {
      throw XmlParsing.translate(fileName, e, null);
    }
    try {
      return read(x, fileName);
    } catch (XMLStreamException | RuntimeException e) {
      throw XmlParsing.translate(fileName, e, x);
    } finally {
      try {
        x.close();
      } catch (XMLStreamException e) {
        // the kind is known or its problem already thrown
      }
    }
  }

  /** Reads structural events until the kind is known. */
  private static ReturnKind read(XMLStreamReader x, String file) throws XMLStreamException {
    List<String> path = new ArrayList<>();
    boolean root = false;
    while (x.hasNext()) {
      switch (x.next()) {
        case XMLStreamConstants.DTD -> throw error(x, file, "a DOCTYPE declaration is not allowed (DTDs and entities are refused)");
        case XMLStreamConstants.START_ELEMENT -> {
          String name = x.getLocalName();
          switch (path.size()) {
            case 0 -> {
              root = true;
              if (name.equals("EXPSSDA903")) {
                return SSDA903;
              }
              if (!name.equals("Message")) {
                throw error(x, file, "the root element " + shown(name) + " is not that of a return this SDK reads"
                    + " (EXPSSDA903 for SSDA903, Message for the CIN and workforce censuses)");
              }
            }
            case 1 -> {
              switch (name) {
                case "Header" -> {
                  // CollectionDetails/Collection says which census; read on
                }
                case "Children" -> {
                  return CIN_CENSUS;
                }
                case "LALevelVacancies", "CSWWWorker" -> {
                  return WORKFORCE_CENSUS;
                }
                default -> throw error(x, file, "expected Header, Children (CIN census) or LALevelVacancies or CSWWWorker"
                    + " (workforce census) in Message, found " + shown(name));
              }
            }
            case 3 -> {
              if (name.equals("Collection") && path.get(1).equals("Header") && path.get(2).equals("CollectionDetails")) {
                String collection = x.getElementText().strip();
                if (collection.equals("CIN")) {
                  return CIN_CENSUS;
                }
                if (collection.equals("CSWW")) {
                  return WORKFORCE_CENSUS;
                }
                throw error(x, file, "the Header's Collection is neither CIN (the CIN census) nor CSWW (the workforce census)");
              }
            }
            default -> {
              // inside the Header: Source and the like say nothing of the kind
            }
          }
          path.add(name);
        }
        case XMLStreamConstants.END_ELEMENT -> {
          if (!path.isEmpty()) {
            path.remove(path.size() - 1);
          }
        }
        default -> {
          // text, comments, processing instructions
        }
      }
    }
    throw error(x, file, !root ? "no root element: not a return" : "Message holds neither a Collection in its Header"
        + " nor Children (CIN census) nor LALevelVacancies or CSWWWorker (workforce census): which census it is cannot be told");
  }

  private static FormatException error(XMLStreamReader x, String file, String problem) {
    return new FormatException(XmlParsing.location(file, x.getLocation()), problem);
  }

  /** An element's name for a message: as written where it is a plain short name, else not quoted. */
  private static String shown(@Nullable String name) {
    return name != null && ELEMENT_NAME.matcher(name).matches() ? name : "(an element with a long or unusual name)";
  }

  /** The bytes the parser may read: no more than {@link #MAX_BYTES_EXAMINED}, then a limit exceeded. */
  private static final class Examined extends FilterInputStream {
    private int remaining = MAX_BYTES_EXAMINED;

    Examined(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      if (remaining <= 0) {
        throw new Exceeded();
      }
      int b = super.read();
      if (b >= 0) {
        remaining--;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (remaining <= 0) {
        throw new Exceeded();
      }
      int n = super.read(b, off, Math.min(len, remaining));
      if (n > 0) {
        remaining -= n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      byte[] discard = new byte[(int) Math.min(n, 8192)];
      int read = read(discard, 0, discard.length);
      return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    @Override
    public void close() {
      // the caller's stream: closed by the caller
    }
  }

  /** The examined bytes ran out before the kind was known. */
  private static final class Exceeded extends InputLimitExceeded {
    private static final long serialVersionUID = 1L;

    Exceeded() {
      super("which return this is could not be told from its first " + MAX_BYTES_EXAMINED + " bytes");
    }
  }
}
