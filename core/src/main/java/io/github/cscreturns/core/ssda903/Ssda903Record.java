package io.github.cscreturns.core.ssda903;

import io.github.cscreturns.core.SourceLocation;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What every SSDA903 record has: the text of fields that did not parse, the text of fields written
 * otherwise than the DfE writes their value, and where it came from.
 *
 * <p>An item is judged as the DfE reads it (docs/reading-rules.md): its text upper-cased, nothing
 * stripped; only an empty item is blank. What was written is kept beside what was judged, so a record
 * read and written again gives back the same text.
 */
public interface Ssda903Record {
  /**
   * The table the record belongs to.
   *
   * @return the table the record belongs to
   */
  Ssda903Table table();

  /**
   * Text of fields whose value did not parse into the field's type (an unknown code, an impossible
   * date, a code with spaces around it), as judged: upper-cased, nothing stripped, keyed by the DfE
   * item name ("DECOM", "PLACE"). Such a field's typed accessor is empty. What the file held exactly
   * is in {@link #asWritten()} where it differs from this text.
   *
   * @return text of fields whose value did not parse into the field's type (an unknown code, an
   *     impossible date, a code with spaces around it), as judged
   */
  Map<String, String> unparsed();

  /**
   * The text of a field that did not parse, if any, as judged (upper-cased).
   *
   * @param item the DfE item name
   * @return the text of a field that did not parse, if any, as judged (upper-cased)
   */
  default Optional<String> unparsed(String item) {
    return Optional.ofNullable(unparsed().get(item));
  }

  /**
   * The exact text of items written otherwise than the writers would write what was read: a code in
   * lower case ("m" read as M), a date with one-digit day or month ("1/7/2019"), a score written
   * " 7", an unparsed text in lower case, or a repeated item (CHILD, DOB, SEX of a non-Header row)
   * that differs from the Header's; keyed by the DfE item name. Writers write this text where it is
   * present, so that a return read and written again is unchanged. Rules never read it: they judge
   * the typed values and {@link #unparsed()}. Not part of equality ("m" and "M" are the same sex).
   *
   * @return the exact text of items written otherwise than the writers would write what was read
   */
  @Value.Auxiliary
  Map<String, String> asWritten();

  /**
   * The exact text of an item where it was written otherwise than its value is written, if so.
   *
   * @param item the DfE item name
   * @return the exact text of an item where it was written otherwise than its value is written, if
   *     so
   */
  default Optional<String> asWritten(String item) {
    return Optional.ofNullable(asWritten().get(item));
  }

  /**
   * Where the record was read from, if it was read; not part of equality.
   *
   * @return where the record was read from, if it was read
   */
  @Value.Auxiliary
  Optional<SourceLocation> source();
}
