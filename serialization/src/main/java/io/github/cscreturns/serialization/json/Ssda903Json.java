package io.github.cscreturns.serialization.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Ssda903Return;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * JSON for SSDA903 children and returns, ready to use: a configured mapper, single children, whole
 * returns ({@code {"year": "2024-25", "la": "931", "children": [...]}}) and JSON Lines (one child
 * per line) for returns too large to hold in memory. The form is described on {@link
 * Ssda903JacksonModule}. Instances of the mapper are thread-safe; the methods here share one.
 */
public final class Ssda903Json {
  private static final ObjectMapper MAPPER = mapper();
  private static final ObjectWriter CHILD_WRITER = MAPPER.writerFor(Child.class);
  private static final ObjectReader CHILD_READER = MAPPER.readerFor(Child.class);

  private Ssda903Json() {}

  /**
   * A new mapper with the Java time and JDK 8 modules (for your own types next to ours), ISO dates,
   * and the {@link Ssda903JacksonModule} registered last, so its forms win.
   *
   * @return a new mapper with the Java time and JDK 8 modules (for your own types next to ours),
   *     ISO dates, and the {@link Ssda903JacksonModule} registered last, so its forms win
   */
  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .addModule(new Ssda903JacksonModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();
  }

  /**
   * The child as one line of JSON.
   *
   * @param child the child
   * @return the child as one line of JSON
   */
  public static String write(Child child) {
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
  public static String writePretty(Child child) {
    try {
      return CHILD_WRITER.withDefaultPrettyPrinter().writeValueAsString(child);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a child written by {@link #write(Child)}.
   *
   * @param json the json
   * @return the child
   * @throws UncheckedIOException wrapping Jackson's exception, which names the line, column and
   * what was expected, when the text is not such a child
   */
  public static Child read(String json) {
    try {
      return CHILD_READER.readValue(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A whole return as one JSON object.
   *
   * @param ssda903Return the ssda903 return
   * @return a whole return as one JSON object
   */
  public static String writeReturn(Ssda903Return ssda903Return) {
    try {
      return MAPPER.writeValueAsString(ssda903Return);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a return written by {@link #writeReturn(Ssda903Return)}.
   *
   * @param json the json
   * @return the return
   */
  public static Ssda903Return readReturn(String json) {
    try {
      return MAPPER.readValue(json, Ssda903Return.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the children as JSON Lines: one child per line, each line ending in a newline.
   *
   * @param children the children
   * @param out the output
   * @throws IOException if the input or output cannot be read or written
   */
  public static void writeLines(Iterable<? extends Child> children, Writer out) throws IOException {
    for (Child child : children) {
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
   * @throws IOException if the input or output cannot be read or written
   */
  public static MappingIterator<Child> readLines(Reader in) throws IOException {
    return CHILD_READER.readValues(in);
  }
}
