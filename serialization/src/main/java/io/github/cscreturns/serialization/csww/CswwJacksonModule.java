package io.github.cscreturns.serialization.csww;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.csww.LeaverDestination;
import io.github.cscreturns.codesets.csww.StartOrigin;
import io.github.cscreturns.core.csww.CensusHeader;
import io.github.cscreturns.core.csww.CensusSource;
import io.github.cscreturns.core.csww.FteAndHeadcount;
import io.github.cscreturns.core.csww.ImmutableCensusHeader;
import io.github.cscreturns.core.csww.ImmutableFteAndHeadcount;
import io.github.cscreturns.core.csww.ImmutableWorkforceReturn;
import io.github.cscreturns.core.csww.ImmutableWorkforceSnapshot;
import io.github.cscreturns.core.csww.LaLevelVacancies;
import io.github.cscreturns.core.csww.SocialWorker;
import io.github.cscreturns.core.csww.WorkforceReturn;
import io.github.cscreturns.core.csww.WorkforceSnapshot;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * JSON for the CSWW model: {@link SocialWorker}, {@link LaLevelVacancies}, {@link CensusHeader},
 * {@link CensusSource}, {@link WorkforceReturn}, {@link FteAndHeadcount} and {@link WorkforceSnapshot}.
 *
 * <p>Property names are the model's attribute names ({@code roleStartDate}); codes are written as the
 * DfE writes them ({@code "1"}), dates as ISO text, decimals as JSON numbers with their scale. Absent
 * values and empty lists are left out; raw text that did not parse sits in {@code "unparsed"}, keyed
 * by element name. Reading accepts what writing gives, so JSON round-trips exactly. The output does
 * not depend on the mapper's date or number settings. Source locations are not written.
 *
 * <pre>{@code
 * ObjectMapper mapper = CswwJacksonModule.objectMapper();
 * String json = mapper.writeValueAsString(worker);
 * SocialWorker back = mapper.readValue(json, SocialWorker.class);
 * }</pre>
 *
 * @since 2021-22
 */
public final class CswwJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** A module for every CSWW model type; register it on an {@code ObjectMapper}. */
  public CswwJacksonModule() {
    super("CswwJacksonModule", Version.unknownVersion());
    record(SocialWorker.class, Formats.WORKER);
    record(LaLevelVacancies.class, Formats.LA_LEVEL);
    record(CensusSource.class, Formats.SOURCE);
    addSerializer(CensusHeader.class, serializer(CswwJacksonModule::writeHeader));
    addDeserializer(CensusHeader.class, deserializer(CswwJacksonModule::readHeader));
    addSerializer(WorkforceReturn.class, serializer(CswwJacksonModule::writeReturn));
    addDeserializer(WorkforceReturn.class, deserializer(CswwJacksonModule::readReturn));
    addSerializer(FteAndHeadcount.class, serializer(CswwJacksonModule::writeFigure));
    addDeserializer(FteAndHeadcount.class, deserializer(CswwJacksonModule::readFigure));
    addSerializer(WorkforceSnapshot.class, serializer(CswwJacksonModule::writeSnapshot));
    addDeserializer(WorkforceSnapshot.class, deserializer(CswwJacksonModule::readSnapshot));
  }

  /**
   * A mapper with this module, Java time and {@code Optional} support, dates as ISO text.
   *
   * @return a mapper with this module, Java time and {@code Optional} support, dates as ISO text
   */
  public static ObjectMapper objectMapper() {
    return new ObjectMapper()
        .registerModule(new Jdk8Module())
        .registerModule(new JavaTimeModule())
        .registerModule(new CswwJacksonModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }

  private <R, B> void record(Class<R> type, RecordFormat<R, B> format) {
    addSerializer(type, serializer((r, g, p) -> writeRecord(format, r, g)));
    addDeserializer(type, deserializer((pa, c) -> readRecord(format, pa, c)));
  }

  // --- records described by a RecordFormat ---

  @SuppressWarnings("unchecked")
  private static <R, B> void writeRecord(RecordFormat<R, B> format, R record, JsonGenerator g) throws IOException {
    g.writeStartObject();
    writeRecordFields(format, record, g);
    g.writeEndObject();
  }

  @SuppressWarnings("unchecked")
  private static <R, B> void writeRecordFields(RecordFormat<R, B> format, R record, JsonGenerator g) throws IOException {
    for (Item<R, B, ?> item : format.items) {
      Item<R, B, Object> it = (Item<R, B, Object>) item;
      var values = it.values().apply(record);
      if (values.isEmpty()) {
        continue;
      }
      g.writeFieldName(it.json());
      if (it.repeated()) {
        g.writeStartArray();
        for (Object v : values) {
          it.codec().writeJson(g, v);
        }
        g.writeEndArray();
      } else {
        it.codec().writeJson(g, values.get(0));
      }
    }
    Map<String, String> unparsed = format.unparsed.apply(record);
    if (!unparsed.isEmpty()) {
      g.writeObjectFieldStart("unparsed");
      for (Map.Entry<String, String> e : unparsed.entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    }
  }

  private static <R, B> R readRecord(RecordFormat<R, B> format, JsonParser p, DeserializationContext c) throws IOException {
    B builder = format.builder.get();
    readObject(p, c, (name, parser) -> {
      if (!readRecordField(format, builder, name, parser, c)) {
        c.handleUnknownProperty(parser, null, format.element, name);
      }
    });
    return format.build.apply(builder);
  }

  @SuppressWarnings("unchecked")
  private static <R, B> boolean readRecordField(
      RecordFormat<R, B> format, B builder, String name, JsonParser p, DeserializationContext c) throws IOException {
    if (name.equals("unparsed")) {
      format.putUnparsed.accept(builder, readStringMap(p, c));
      return true;
    }
    var found = format.byJson(name);
    if (found.isEmpty()) {
      return false;
    }
    Item<R, B, Object> item = (Item<R, B, Object>) found.get();
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return true;
    }
    if (item.repeated()) {
      expect(p, c, JsonToken.START_ARRAY);
      while (p.nextToken() != JsonToken.END_ARRAY) {
        item.put().accept(builder, item.codec().readJson(p, c));
      }
    } else {
      item.put().accept(builder, item.codec().readJson(p, c));
    }
    return true;
  }

  // --- header and return ---

  private static void writeHeader(CensusHeader h, JsonGenerator g, SerializerProvider p) throws IOException {
    g.writeStartObject();
    writeRecordFields(Formats.COLLECTION_DETAILS, h, g);
    if (!h.sources().isEmpty()) {
      g.writeArrayFieldStart("sources");
      for (CensusSource s : h.sources()) {
        writeRecord(Formats.SOURCE, s, g);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static CensusHeader readHeader(JsonParser p, DeserializationContext c) throws IOException {
    ImmutableCensusHeader.Builder b = CensusHeader.builder();
    readObject(p, c, (name, parser) -> {
      if (name.equals("sources")) {
        expect(parser, c, JsonToken.START_ARRAY);
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          b.addSources(readRecord(Formats.SOURCE, parser, c));
        }
      } else if (!readRecordField(Formats.COLLECTION_DETAILS, b, name, parser, c)) {
        c.handleUnknownProperty(parser, null, "Header", name);
      }
    });
    return b.build();
  }

  private static void writeReturn(WorkforceReturn r, JsonGenerator g, SerializerProvider p) throws IOException {
    g.writeStartObject();
    if (r.header().isPresent()) {
      g.writeFieldName("header");
      writeHeader(r.header().get(), g, p);
    }
    if (r.laLevelVacancies().isPresent()) {
      g.writeFieldName("laLevelVacancies");
      writeRecord(Formats.LA_LEVEL, r.laLevelVacancies().get(), g);
    }
    g.writeArrayFieldStart("workers");
    for (SocialWorker w : r.workers()) {
      writeRecord(Formats.WORKER, w, g);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static WorkforceReturn readReturn(JsonParser p, DeserializationContext c) throws IOException {
    ImmutableWorkforceReturn.Builder b = WorkforceReturn.builder();
    readObject(p, c, (name, parser) -> {
      switch (name) {
        case "header" -> b.header(readHeader(parser, c));
        case "laLevelVacancies" -> b.laLevelVacancies(readRecord(Formats.LA_LEVEL, parser, c));
        case "workers" -> {
          expect(parser, c, JsonToken.START_ARRAY);
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            b.addWorkers(readRecord(Formats.WORKER, parser, c));
          }
        }
        default -> c.handleUnknownProperty(parser, null, "WorkforceReturn", name);
      }
    });
    return b.build();
  }

  // --- snapshot ---

  private static void writeFigure(FteAndHeadcount f, JsonGenerator g, SerializerProvider p) throws IOException {
    g.writeStartObject();
    if (f.fte().isPresent()) {
      g.writeFieldName("fte");
      Codec.DECIMAL_CODEC.writeJson(g, f.fte().get());
    }
    if (f.headcount().isPresent()) {
      g.writeNumberField("headcount", f.headcount().get());
    }
    g.writeEndObject();
  }

  private static FteAndHeadcount readFigure(JsonParser p, DeserializationContext c) throws IOException {
    ImmutableFteAndHeadcount.Builder b = FteAndHeadcount.builder();
    readObject(p, c, (name, parser) -> {
      switch (name) {
        case "fte" -> b.fte(Codec.DECIMAL_CODEC.readJson(parser, c));
        case "headcount" -> b.headcount(Codec.INTEGER_CODEC.readJson(parser, c));
        default -> c.handleUnknownProperty(parser, null, "FteAndHeadcount", name);
      }
    });
    return b.build();
  }

  private static void writeSnapshot(WorkforceSnapshot s, JsonGenerator g, SerializerProvider p) throws IOException {
    g.writeStartObject();
    g.writeStringField("referenceDate", s.referenceDate().toString());
    g.writeStringField("censusYear", s.censusYear());
    if (s.localAuthority().isPresent()) {
      g.writeStringField("localAuthority", s.localAuthority().get());
    }
    for (Map.Entry<String, FteAndHeadcount> e : figures(s).entrySet()) {
      g.writeFieldName(e.getKey());
      writeFigure(e.getValue(), g, p);
    }
    if (s.sicknessAbsenceDays().isPresent()) {
      g.writeFieldName("sicknessAbsenceDays");
      Codec.DECIMAL_CODEC.writeJson(g, s.sicknessAbsenceDays().get());
    }
    writeCounts(g, "socialWorkersByAge", s.socialWorkersByAge(), Function.identity());
    writeCounts(g, "socialWorkersByTimeInService", s.socialWorkersByTimeInService(), Function.identity());
    writeCounts(g, "startersByOrigin", s.startersByOrigin(), Code::code);
    writeCounts(g, "startersByAge", s.startersByAge(), Function.identity());
    writeCounts(g, "leaversByDestination", s.leaversByDestination(), Code::code);
    writeCounts(g, "leaversByTimeInService", s.leaversByTimeInService(), Function.identity());
    writeCounts(g, "leaversByAge", s.leaversByAge(), Function.identity());
    g.writeEndObject();
  }

  private static Map<String, FteAndHeadcount> figures(WorkforceSnapshot s) {
    Map<String, FteAndHeadcount> m = new LinkedHashMap<>();
    m.put("socialWorkers", s.socialWorkers());
    m.put("socialWorkersWithCaseloads", s.socialWorkersWithCaseloads());
    m.put("vacancies", s.vacancies());
    m.put("vacanciesCoveredByAgencyWorkers", s.vacanciesCoveredByAgencyWorkers());
    m.put("agencyWorkers", s.agencyWorkers());
    m.put("starters", s.starters());
    m.put("leavers", s.leavers());
    m.values().removeIf(f -> f.equals(FteAndHeadcount.empty()));
    return m;
  }

  private static <K> void writeCounts(JsonGenerator g, String name, Map<K, Integer> counts, Function<K, String> key)
      throws IOException {
    if (counts.isEmpty()) {
      return;
    }
    g.writeObjectFieldStart(name);
    for (Map.Entry<K, Integer> e : counts.entrySet()) {
      g.writeNumberField(key.apply(e.getKey()), e.getValue());
    }
    g.writeEndObject();
  }

  private static WorkforceSnapshot readSnapshot(JsonParser p, DeserializationContext c) throws IOException {
    ImmutableWorkforceSnapshot.Builder b = WorkforceSnapshot.builder();
    readObject(p, c, (name, parser) -> {
      switch (name) {
        case "referenceDate" -> b.referenceDate(Codec.DATE_CODEC.readJson(parser, c));
        case "censusYear" -> parser.skipChildren();
        case "localAuthority" -> b.localAuthority(Codec.STRING_CODEC.readJson(parser, c));
        case "socialWorkers" -> b.socialWorkers(readFigure(parser, c));
        case "socialWorkersWithCaseloads" -> b.socialWorkersWithCaseloads(readFigure(parser, c));
        case "vacancies" -> b.vacancies(readFigure(parser, c));
        case "vacanciesCoveredByAgencyWorkers" -> b.vacanciesCoveredByAgencyWorkers(readFigure(parser, c));
        case "agencyWorkers" -> b.agencyWorkers(readFigure(parser, c));
        case "starters" -> b.starters(readFigure(parser, c));
        case "leavers" -> b.leavers(readFigure(parser, c));
        case "sicknessAbsenceDays" -> b.sicknessAbsenceDays(Codec.DECIMAL_CODEC.readJson(parser, c));
        case "socialWorkersByAge" -> readCounts(parser, c, Function.identity(), b::putSocialWorkersByAge);
        case "socialWorkersByTimeInService" -> readCounts(parser, c, Function.identity(), b::putSocialWorkersByTimeInService);
        case "startersByOrigin" -> readCounts(parser, c, k -> code(StartOrigin.CODESET, k, parser), b::putStartersByOrigin);
        case "startersByAge" -> readCounts(parser, c, Function.identity(), b::putStartersByAge);
        case "leaversByDestination" -> readCounts(parser, c, k -> code(LeaverDestination.CODESET, k, parser), b::putLeaversByDestination);
        case "leaversByTimeInService" -> readCounts(parser, c, Function.identity(), b::putLeaversByTimeInService);
        case "leaversByAge" -> readCounts(parser, c, Function.identity(), b::putLeaversByAge);
        default -> c.handleUnknownProperty(parser, null, "WorkforceSnapshot", name);
      }
    });
    return b.build();
  }

  private static <C extends Enum<C> & Code> C code(Codeset<C> codeset, String text, JsonParser p) {
    return codeset.parse(text).orElseThrow(() -> new IllegalArgumentException("Not a code of " + codeset.name()));
  }

  private static <K> void readCounts(
      JsonParser p, DeserializationContext c, Function<String, K> key, BiConsumer<K, Integer> put) throws IOException {
    readObject(p, c, (name, parser) -> put.accept(key.apply(name), Codec.INTEGER_CODEC.readJson(parser, c)));
  }

  // --- plumbing ---

  private interface FieldReader {
    void read(String name, JsonParser p) throws IOException;
  }

  /** Reads an object at the current token, handing each field's value (parser on its first token) to the reader. */
  private static void readObject(JsonParser p, DeserializationContext c, FieldReader reader) throws IOException {
    if (p.currentToken() == JsonToken.START_OBJECT) {
      p.nextToken();
    } else if (p.currentToken() != JsonToken.FIELD_NAME && p.currentToken() != JsonToken.END_OBJECT) {
      c.handleUnexpectedToken(Object.class, p);
    }
    for (; p.currentToken() == JsonToken.FIELD_NAME; p.nextToken()) {
      String name = p.currentName();
      p.nextToken();
      reader.read(name, p);
    }
  }

  private static Map<String, String> readStringMap(JsonParser p, DeserializationContext c) throws IOException {
    Map<String, String> map = new LinkedHashMap<>();
    readObject(p, c, (name, parser) -> map.put(name, Codec.STRING_CODEC.readJson(parser, c)));
    return map;
  }

  private static void expect(JsonParser p, DeserializationContext c, JsonToken token) throws IOException {
    if (p.currentToken() != token) {
      c.handleUnexpectedToken(Object.class, p);
    }
  }

  private interface Writer<T> {
    void write(T value, JsonGenerator g, SerializerProvider p) throws IOException;
  }

  private interface Reader<T> {
    T read(JsonParser p, DeserializationContext c) throws IOException;
  }

  private static <T> JsonSerializer<T> serializer(Writer<T> writer) {
    return new JsonSerializer<>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializerProvider p) throws IOException {
        writer.write(value, g, p);
      }
    };
  }

  private static <T> JsonDeserializer<T> deserializer(Reader<T> reader) {
    return new JsonDeserializer<>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext c) throws IOException {
        return reader.read(p, c);
      }
    };
  }
}
