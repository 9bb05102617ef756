package io.github.cscreturns.core.cin;

import io.github.cscreturns.core.SourceLocation;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What every CIN census record has: the raw text of items that did not parse, and where it came from.
 *
 * @since 2022-23
 */
public interface CinRecord {
  /**
   * The table the record belongs to.
   *
   * @return the table the record belongs to
   */
  CinTable table();

  /**
   * Raw text of items whose value did not parse into the item's type (an unknown code, an impossible
   * date), keyed by the schema element name ("CINreferralDate", "ReferralSource"). Such an item's
   * typed accessor is empty. An element present but empty (or self-closing) is kept as blank text, so
   * that it is told apart from an absent one. Writers write this text back, so nothing read is lost.
   *
   * <p>Readers give an item a typed value only where its text is exactly what a writer writes for that
   * value: the code as the DfE spells it ({@code "N4"}, {@code "true"}), an {@code xs:date} as {@code
   * yyyy-MM-dd}, a number without sign, spaces or leading zeros. Anything else ({@code "n4"}, {@code
   * "N4 "}, {@code "2022-5-20"}, {@code "20/06/2021"}) is kept here exactly as written, for the rules to
   * judge; so a return read and written again is unchanged, character for character in every item.
   *
   * @return raw text of items whose value did not parse into the item's type (an unknown code, an
   *     impossible date), keyed by the schema element name ("CINreferralDate", "ReferralSource")
   */
  Map<String, String> unparsed();

  /**
   * The raw text of an item that did not parse, if any.
   *
   * @param item the DfE item name
   * @return the raw text of an item that did not parse, if any
   */
  default Optional<String> unparsed(String item) {
    return Optional.ofNullable(unparsed().get(item));
  }

  /**
   * Whether the item is present at all: a typed value, or text that did not parse (blank included).
   *
   * @param item the DfE item name
   * @param typed the item's value as read into its type
   * @return whether the item is present at all
   */
  default boolean isPresent(String item, Optional<?> typed) {
    return typed.isPresent() || unparsed().containsKey(item);
  }

  /**
   * Whether the item has content: a typed value, or text that did not parse and is not blank.
   *
   * @param item the DfE item name
   * @param typed the item's value as read into its type
   * @return whether the item has content
   */
  default boolean hasContent(String item, Optional<?> typed) {
    return typed.isPresent() || !unparsed().getOrDefault(item, "").isBlank();
  }

  /**
   * Where the record was read from, if it was read; not part of equality.
   *
   * @return where the record was read from, if it was read
   */
  @Value.Auxiliary
  Optional<SourceLocation> source();
}
