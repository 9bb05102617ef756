package io.github.cscreturns.serialization.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinHeader;
import io.github.cscreturns.core.cin.CinReturn;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.Optional;

/**
 * JSON for the Children in Need census, ready to use: a configured mapper, single children, whole
 * returns ({@code {"header": {...}, "children": [...]}}), a whole return written child by child from
 * a stream of children, and JSON Lines (one child per line) for returns too large to hold in memory.
 * The form is described on {@link CinJacksonModule}. Instances of the mapper are thread-safe; the
 * methods here share one.
 *
 * @since 2022-23
 */
public final class CinJson {
  private static final ObjectMapper MAPPER = mapper();
  private static final ObjectWriter CHILD_WRITER = MAPPER.writerFor(CinChild.class);
  private static final ObjectReader CHILD_READER = MAPPER.readerFor(CinChild.class);

  private CinJson() {}

  /**
   * A new mapper with the Java time and JDK 8 modules (for your own types next to ours), ISO dates,
   * and the {@link CinJacksonModule} registered last, so its forms win.
   *
   * @return a new mapper with the {@link CinJacksonModule} registered last
   */
  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .addModule(new CinJacksonModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();
  }

  /**
   * The child as one line of JSON.
   *
   * @param child the child
   * @return the child as one line of JSON
   */
  public static String write(CinChild child) {
    try {
      return CHILD_WRITER.writeValueAsString(child);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The child as indented JSON, for people to read.
   *
   * @param child the child
   * @return the child as indented JSON, for people to read
   */
  public static String writePretty(CinChild child) {
    try {
      return CHILD_WRITER.withDefaultPrettyPrinter().writeValueAsString(child);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a child written by {@link #write(CinChild)}.
   *
   * @param json the JSON text
   * @return the child
   * @throws UncheckedIOException wrapping Jackson's exception, which names the line, column and what
   *     was expected (never the value found), when the text is not such a child
   */
  public static CinChild read(String json) {
    try {
      return CHILD_READER.readValue(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A whole return as one JSON object.
   *
   * @param cinReturn the return
   * @return a whole return as one JSON object
   */
  public static String writeReturn(CinReturn cinReturn) {
    try {
      return MAPPER.writeValueAsString(cinReturn);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a whole return as one JSON object, the same text as {@link #writeReturn(CinReturn)},
   * taking the children one at a time (from a {@code CinChildReader}, say), so memory holds one
   * child, not the return. The writer is flushed, not closed.
   *
   * @param header the header, if the return has one
   * @param children the children, in order
   * @param out where the JSON goes
   * @return the number of children written
   * @throws IOException if the output cannot be written
   */
  public static int writeReturn(Optional<CinHeader> header, Iterator<? extends CinChild> children, Writer out) throws IOException {
    int count = 0;
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      if (header.isPresent()) {
        g.writeFieldName("header");
        CinJacksonModule.Codecs.HEADER.write(g, header.get());
      }
      while (children.hasNext()) {
        if (count == 0) {
          // as the return's codec, no "children" at all when there are none
          g.writeArrayFieldStart("children");
        }
        CinJacksonModule.Codecs.CHILD.write(g, children.next());
        count++;
      }
      if (count > 0) {
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    out.flush();
    return count;
  }

  /**
   * Reads a return written by {@link #writeReturn(CinReturn)}.
   *
   * @param json the JSON text
   * @return the return
   * @throws UncheckedIOException wrapping Jackson's exception when the text is not such a return
   */
  public static CinReturn readReturn(String json) {
    try {
      return MAPPER.readValue(json, CinReturn.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a return written by either {@code writeReturn}.
   *
   * @param in the JSON text
   * @return the return
   * @throws IOException if the input cannot be read or is not such a return
   */
  public static CinReturn readReturn(Reader in) throws IOException {
    return MAPPER.readValue(in, CinReturn.class);
  }

  /**
   * Writes the children as JSON Lines: one child per line, each line ending in a newline.
   *
   * @param children the children
   * @param out the output
   * @throws IOException if the output cannot be written
   */
  public static void writeLines(Iterable<? extends CinChild> children, Writer out) throws IOException {
    for (CinChild child : children) {
      out.write(write(child));
      out.write('\n');
    }
    out.flush();
  }

  /**
   * Reads JSON Lines one child at a time, so memory holds one child, not the file. Close the
   * iterator (or the reader) when done; an error names the line and column.
   *
   * @param in the input
   * @return the children, read as the stream is consumed
   * @throws IOException if the input cannot be read
   */
  public static MappingIterator<CinChild> readLines(Reader in) throws IOException {
    return CHILD_READER.readValues(in);
  }
}
