package io.github.cscreturns.validation.cin.internal.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * Whether the text written for a date item names a real day, in the schema's form ({@code
 * 2024-05-20}) or another that people write ({@code 2024-5-20}, {@code 20/05/2024}, {@code 20-05-2024},
 * {@code 20240520}, a date followed by a time): for a rule that asks whether a date was given at all, where a date in
 * the wrong form is given but an impossible one ({@code 2023-02-30}, month 13) is not.
 */
final class WrittenDate {
  private static final List<DateTimeFormatter> FORMS =
      List.of("uuuu-M-d", "d/M/uuuu", "d-M-uuuu", "uuuuMMdd").stream()
          .map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT))
          .toList();

  private WrittenDate() {}

  /** Whether the item holds a date: a typed value, or text naming a real day. */
  static boolean isGiven(Optional<LocalDate> typed, Optional<String> unparsed) {
    return typed.isPresent() || unparsed.map(WrittenDate::namesADay).orElse(false);
  }

  private static boolean namesADay(String text) {
    String t = text.strip();
    int time = t.indexOf('T');
    if (time > 0) {
      t = t.substring(0, time);
    }
    for (DateTimeFormatter f : FORMS) {
      try {
        LocalDate.parse(t, f);
        return true;
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return false;
  }
}
