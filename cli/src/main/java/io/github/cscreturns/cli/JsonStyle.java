package io.github.cscreturns.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * The one style of the JSON csc writes, as the validation report's writer writes it: camelCase keys,
 * two-space indentation, {@code "key": value}, every member and array element on a line of its own,
 * {@code []} and {@code {}} when empty, lines ending in {@code \n}, decimals written plain (never
 * in exponent notation such as {@code 0E+6}).
 */
final class JsonStyle {
  private JsonStyle() {}

  /** A writer of that style from {@code mapper}: its pretty printer, decimals written plain. */
  static ObjectWriter writer(ObjectMapper mapper) {
    return mapper.writer(prettyPrinter()).with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
  }

  /** A Jackson pretty printer of that style. */
  static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }
}
