package io.github.cscreturns.serialization.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.CollectionYear;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The JSON form of one model type, written once and used both ways: each property has a name, a
 * kind (how its value is written and read), a getter and a builder setter. Empty values are left
 * out; unknown properties are an error, so that nothing is silently dropped.
 *
 * @param <R> the model type
 * @param <B> its builder
 */
final class RecordCodec<R, B> {

  /** How a value is written to and read from JSON. */
  interface Kind<T> {
    void write(JsonGenerator g, T value) throws IOException;

    T read(JsonNode node, JsonParser p) throws IOException;
  }

  private record Property<R, B, T>(String name, Kind<T> kind, Function<R, Optional<T>> get, BiConsumer<B, T> set) {}

  private final Class<R> type;
  private final Supplier<B> builder;
  private final Function<B, R> build;
  private final List<Property<R, B, ?>> properties = new ArrayList<>();

  RecordCodec(Class<R> type, Supplier<B> builder, Function<B, R> build) {
    this.type = type;
    this.builder = builder;
    this.build = build;
  }

  Class<R> type() {
    return type;
  }

  <T> RecordCodec<R, B> add(String name, Kind<T> kind, Function<R, Optional<T>> get, BiConsumer<B, T> set) {
    properties.add(new Property<>(name, kind, get, set));
    return this;
  }

  /** A list property, left out when empty. */
  <E> RecordCodec<R, B> list(String name, RecordCodec<E, ?> element, Function<R, List<E>> get, BiConsumer<B, List<E>> set) {
    return add(name, listOf(element), r -> Optional.of(get.apply(r)).filter(l -> !l.isEmpty()), set);
  }

  void write(JsonGenerator g, R value) throws IOException {
    g.writeStartObject();
    for (Property<R, B, ?> p : properties) {
      writeProperty(g, p, value);
    }
    g.writeEndObject();
  }

  private static <R, B, T> void writeProperty(JsonGenerator g, Property<R, B, T> p, R value) throws IOException {
    Optional<T> v = p.get().apply(value);
    if (v.isPresent()) {
      g.writeFieldName(p.name());
      p.kind().write(g, v.get());
    }
  }

  R read(JsonNode node, JsonParser p) throws IOException {
    if (!node.isObject()) {
      throw mismatch(p, "Expected a JSON object for " + type.getSimpleName() + " but found " + found(node));
    }
    B b = builder.get();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      Property<R, B, ?> property = property(f.getKey());
      if (property == null) {
        throw mismatch(p, "Unknown property '" + f.getKey() + "' of " + type.getSimpleName() + "; known: " + names());
      }
      if (!f.getValue().isNull()) {
        readProperty(property, b, f.getValue(), p);
      }
    }
    try {
      return build.apply(b);
    } catch (IllegalStateException e) {
      // Immutables reports missing mandatory attributes this way.
      throw mismatch(p, type.getSimpleName() + ": " + e.getMessage());
    }
  }

  private static <R, B, T> void readProperty(Property<R, B, T> property, B b, JsonNode value, JsonParser p) throws IOException {
    property.set().accept(b, property.kind().read(value, p));
  }

  private Property<R, B, ?> property(String name) {
    for (Property<R, B, ?> p : properties) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    return null;
  }

  private List<String> names() {
    return properties.stream().map(Property::name).toList();
  }

  JsonSerializer<R> serializer() {
    return new JsonSerializer<>() {
      @Override
      public void serialize(R value, JsonGenerator g, SerializerProvider provider) throws IOException {
        write(g, value);
      }

      @Override
      public Class<R> handledType() {
        return type;
      }
    };
  }

  JsonDeserializer<R> deserializer() {
    return new JsonDeserializer<>() {
      @Override
      public R deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p.readValueAsTree(), p);
      }

      @Override
      public Class<?> handledType() {
        return type;
      }
    };
  }

  static JsonMappingException mismatch(JsonParser p, String message) {
    return JsonMappingException.from(p, message);
  }

  /**
   * What a node is, never what it holds: the text of a return is personal data, so errors name the
   * kind of value and its length, not the value.
   */
  static String found(JsonNode node) {
    if (node.isTextual()) {
      return "other text (" + node.textValue().length() + " characters)";
    }
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NUMBER -> "a number";
      case BOOLEAN -> "true or false";
      default -> node.getNodeType().toString().toLowerCase(Locale.ROOT);
    };
  }

  // ------------------------------------------------------------------ registering

  /** Registers on the module how values of the type (a code, an identifier, a date) are written and read. */
  static <T> void register(SimpleModule module, Class<T> type, Kind<T> kind) {
    module.addSerializer(type, new JsonSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
        kind.write(g, value);
      }

      @Override
      public Class<T> handledType() {
        return type;
      }
    });
    module.addDeserializer(type, new JsonDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return kind.read(p.readValueAsTree(), p);
      }

      @Override
      public Class<?> handledType() {
        return type;
      }
    });
  }

  /** Registers every code of the codeset, written as the DfE writes it. */
  static <C extends Enum<C> & Code> void registerCodes(SimpleModule module, Codeset<C> codeset) {
    register(module, codeset.type(), code(codeset));
  }

  /**
   * Registers the record type's codec. Users ask for the abstract type ({@code Child.class}); the
   * generated immutable class is written too.
   */
  static <R> void register(SimpleModule module, RecordCodec<R, ?> codec) {
    module.addSerializer(codec.type(), codec.serializer());
    module.addDeserializer(codec.type(), codec.deserializer());
  }

  // ------------------------------------------------------------------ kinds

  static final Kind<String> STRING =
      new Kind<>() {
        @Override
        public void write(JsonGenerator g, String value) throws IOException {
          g.writeString(value);
        }

        @Override
        public String read(JsonNode node, JsonParser p) throws IOException {
          if (!node.isTextual()) {
            throw mismatch(p, "Expected a string but found " + found(node));
          }
          return node.textValue();
        }
      };

  static final Kind<Integer> INTEGER =
      new Kind<>() {
        @Override
        public void write(JsonGenerator g, Integer value) throws IOException {
          g.writeNumber(value);
        }

        @Override
        public Integer read(JsonNode node, JsonParser p) throws IOException {
          if (!node.isInt()) {
            throw mismatch(p, "Expected a whole number but found " + found(node));
          }
          return node.intValue();
        }
      };

  static final Kind<Boolean> BOOLEAN =
      new Kind<>() {
        @Override
        public void write(JsonGenerator g, Boolean value) throws IOException {
          g.writeBoolean(value);
        }

        @Override
        public Boolean read(JsonNode node, JsonParser p) throws IOException {
          if (!node.isBoolean()) {
            throw mismatch(p, "Expected true or false but found " + found(node));
          }
          return node.booleanValue();
        }
      };

  /** Date-times as ISO text, "2024-05-01T10:15:30". */
  static final Kind<LocalDateTime> DATE_TIME =
      new Kind<>() {
        @Override
        public void write(JsonGenerator g, LocalDateTime value) throws IOException {
          g.writeString(value.toString());
        }

        @Override
        public LocalDateTime read(JsonNode node, JsonParser p) throws IOException {
          String text = STRING.read(node, p);
          try {
            return LocalDateTime.parse(text);
          } catch (DateTimeParseException e) {
            throw mismatch(p, "Expected an ISO date-time such as 2024-05-01T10:15:30 but found " + found(node));
          }
        }
      };

  /** A list of plain values (text as written), left as an array. */
  static <E> Kind<List<E>> listOf(Kind<E> element, String what) {
    return new Kind<>() {
      @Override
      public void write(JsonGenerator g, List<E> value) throws IOException {
        g.writeStartArray();
        for (E e : value) {
          element.write(g, e);
        }
        g.writeEndArray();
      }

      @Override
      public List<E> read(JsonNode node, JsonParser p) throws IOException {
        if (!node.isArray()) {
          throw mismatch(p, "Expected an array of " + what + " but found " + found(node));
        }
        List<E> list = new ArrayList<>();
        for (JsonNode n : node) {
          list.add(element.read(n, p));
        }
        return list;
      }
    };
  }

  /** Dates as ISO text, "2024-04-01". */
  static final Kind<LocalDate> DATE =
      new Kind<>() {
        @Override
        public void write(JsonGenerator g, LocalDate value) throws IOException {
          g.writeString(value.toString());
        }

        @Override
        public LocalDate read(JsonNode node, JsonParser p) throws IOException {
          String text = STRING.read(node, p);
          try {
            return LocalDate.parse(text);
          } catch (DateTimeParseException e) {
            throw mismatch(p, "Expected an ISO date such as 2024-04-01 but found " + found(node));
          }
        }
      };

  static final Kind<CollectionYear> YEAR = text(CollectionYear::label, t -> CollectionYear.tryParse(t), "a collection year such as 2024-25");

  /** A value written as text: a code, an identifier. */
  static <T> Kind<T> text(Function<T, String> write, Function<String, Optional<T>> read, String expected) {
    return new Kind<>() {
      @Override
      public void write(JsonGenerator g, T value) throws IOException {
        g.writeString(write.apply(value));
      }

      @Override
      public T read(JsonNode node, JsonParser p) throws IOException {
        String t = STRING.read(node, p);
        return read.apply(t).orElseThrow(() -> mismatch(p, "Expected " + expected + " but found " + found(node)));
      }
    };
  }

  /** Codes as the DfE writes them ("U1"); text that is not a code of the codeset belongs in "unparsed". */
  static <C extends Enum<C> & Code> Kind<C> code(Codeset<C> codeset) {
    return text(Code::code, t -> codeset.parse(t).filter(c -> c.code().equals(t)), "a code of codeset " + codeset.name() + " (other text goes in \"unparsed\")");
  }

  /** An identifier that accepts any text. */
  static <T> Kind<T> identifier(Function<String, T> of) {
    return text(Object::toString, t -> Optional.of(of.apply(t)), "text");
  }

  static <E> Kind<List<E>> listOf(RecordCodec<E, ?> element) {
    return new Kind<>() {
      @Override
      public void write(JsonGenerator g, List<E> value) throws IOException {
        g.writeStartArray();
        for (E e : value) {
          element.write(g, e);
        }
        g.writeEndArray();
      }

      @Override
      public List<E> read(JsonNode node, JsonParser p) throws IOException {
        if (!node.isArray()) {
          throw mismatch(p, "Expected an array of " + element.type().getSimpleName() + " but found " + found(node));
        }
        List<E> list = new ArrayList<>();
        for (JsonNode n : node) {
          list.add(element.read(n, p));
        }
        return list;
      }
    };
  }

  static <E> Kind<E> object(RecordCodec<E, ?> codec) {
    return new Kind<>() {
      @Override
      public void write(JsonGenerator g, E value) throws IOException {
        codec.write(g, value);
      }

      @Override
      public E read(JsonNode node, JsonParser p) throws IOException {
        return codec.read(node, p);
      }
    };
  }

  /** The raw text of fields that did not parse: an object of DfE item name to text, in order. */
  static final Kind<Map<String, String>> UNPARSED =
      new Kind<>() {
        @Override
        public void write(JsonGenerator g, Map<String, String> value) throws IOException {
          g.writeStartObject();
          for (Map.Entry<String, String> e : value.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
          }
          g.writeEndObject();
        }

        @Override
        public Map<String, String> read(JsonNode node, JsonParser p) throws IOException {
          if (!node.isObject()) {
            throw mismatch(p, "Expected an object of DfE item name to text (\"unparsed\", \"asWritten\") but found " + found(node));
          }
          Map<String, String> map = new LinkedHashMap<>();
          Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
          while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            map.put(f.getKey(), STRING.read(f.getValue(), p));
          }
          return map;
        }
      };
}
