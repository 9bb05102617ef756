package io.github.cscreturns.serialization.csww;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.core.csww.SweNumber;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * How one kind of value is read from and written to XML text and JSON. XML parsing ignores white
 * space around a value; text that does not parse gives nothing and is kept raw by the caller.
 */
abstract class Codec<T> {
  /** The typed value of the XML text, or nothing if it does not parse. */
  abstract Optional<T> parse(String text);

  /** The XML text of the value. */
  abstract String format(T value);

  abstract void writeJson(JsonGenerator g, T value) throws IOException;

  /** Reads a non-null JSON value at the parser's current token. */
  abstract T readJson(JsonParser p, DeserializationContext ctxt) throws IOException;

  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  /** xs:decimal, kept with its scale ("141.0" stays 141.0); written in plain notation. */
  static final Codec<BigDecimal> DECIMAL_CODEC =
      new Codec<>() {
        @Override
        Optional<BigDecimal> parse(String text) {
          String t = text.strip();
          return DECIMAL.matcher(t).matches() ? Optional.of(new BigDecimal(t)) : Optional.empty();
        }

        @Override
        String format(BigDecimal value) {
          return value.toPlainString();
        }

        @Override
        void writeJson(JsonGenerator g, BigDecimal value) throws IOException {
          g.writeNumber(value.toPlainString());
        }

        @Override
        BigDecimal readJson(JsonParser p, DeserializationContext ctxt) throws IOException {
          if (p.currentToken() == JsonToken.VALUE_NUMBER_INT || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
            return p.getDecimalValue();
          }
          return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
        }
      };

  /** xs:integer within the range of an int; larger numbers stay as text. */
  static final Codec<Integer> INTEGER_CODEC =
      new Codec<>() {
        @Override
        Optional<Integer> parse(String text) {
          String t = text.strip();
          if (!INTEGER.matcher(t).matches()) {
            return Optional.empty();
          }
          try {
            return Optional.of(Integer.parseInt(t));
          } catch (NumberFormatException e) {
            return Optional.empty();
          }
        }

        @Override
        String format(Integer value) {
          return value.toString();
        }

        @Override
        void writeJson(JsonGenerator g, Integer value) throws IOException {
          g.writeNumber(value);
        }

        @Override
        Integer readJson(JsonParser p, DeserializationContext ctxt) throws IOException {
          if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            return p.getIntValue();
          }
          return (Integer) ctxt.handleUnexpectedToken(Integer.class, p);
        }
      };

  /** xs:date without a time zone: yyyy-mm-dd; ISO text in JSON. */
  static final Codec<LocalDate> DATE_CODEC =
      new Codec<>() {
        @Override
        Optional<LocalDate> parse(String text) {
          String t = text.strip();
          if (!DATE.matcher(t).matches()) {
            return Optional.empty();
          }
          try {
            return Optional.of(LocalDate.parse(t));
          } catch (DateTimeParseException e) {
            return Optional.empty();
          }
        }

        @Override
        String format(LocalDate value) {
          return value.toString();
        }

        @Override
        void writeJson(JsonGenerator g, LocalDate value) throws IOException {
          g.writeString(value.toString());
        }

        @Override
        LocalDate readJson(JsonParser p, DeserializationContext ctxt) throws IOException {
          String text = STRING_CODEC.readJson(p, ctxt);
          return parse(text).orElseThrow(() -> new com.fasterxml.jackson.core.JsonParseException(p, "Expected a date yyyy-mm-dd"));
        }
      };

  /** xs:gYear without a time zone: four digits. */
  static final Codec<Year> YEAR_CODEC =
      new Codec<>() {
        @Override
        Optional<Year> parse(String text) {
          String t = text.strip();
          return YEAR.matcher(t).matches() ? Optional.of(Year.of(Integer.parseInt(t))) : Optional.empty();
        }

        @Override
        String format(Year value) {
          return String.format("%04d", value.getValue());
        }

        @Override
        void writeJson(JsonGenerator g, Year value) throws IOException {
          g.writeNumber(value.getValue());
        }

        @Override
        Year readJson(JsonParser p, DeserializationContext ctxt) throws IOException {
          return Year.of(INTEGER_CODEC.readJson(p, ctxt));
        }
      };

  /** Text as written, white space included. */
  static final Codec<String> STRING_CODEC = text(Function.identity(), Function.identity());

  static final Codec<SweNumber> SWE_CODEC = text(SweNumber::of, SweNumber::value);

  private static <T> Codec<T> text(Function<String, T> of, Function<T, String> to) {
    return new Codec<>() {
      @Override
      Optional<T> parse(String text) {
        return Optional.of(of.apply(text));
      }

      @Override
      String format(T value) {
        return to.apply(value);
      }

      @Override
      void writeJson(JsonGenerator g, T value) throws IOException {
        g.writeString(to.apply(value));
      }

      @Override
      T readJson(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
          ctxt.handleUnexpectedToken(String.class, p);
        }
        return of.apply(p.getText());
      }
    };
  }

  /** A code of the codeset; the code's text in JSON. */
  static <C extends Enum<C> & Code> Codec<C> code(Codeset<C> codeset) {
    return new Codec<>() {
      @Override
      Optional<C> parse(String text) {
        return codeset.parse(text);
      }

      @Override
      String format(C value) {
        return value.code();
      }

      @Override
      void writeJson(JsonGenerator g, C value) throws IOException {
        g.writeString(value.code());
      }

      @Override
      C readJson(JsonParser p, DeserializationContext ctxt) throws IOException {
        String text = STRING_CODEC.readJson(p, ctxt);
        return codeset.parse(text)
            .orElseThrow(() -> new com.fasterxml.jackson.core.JsonParseException(p, "Not a code of " + codeset.name()));
      }
    };
  }
}
