package io.github.cscreturns.core.ssda903;

import io.github.cscreturns.core.SourceLocation;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What every SSDA903 record has: the raw text of fields that did not parse, and where it came from.
 */
public interface Ssda903Record {
  /** The table the record belongs to. */
  Ssda903Table table();

  /**
   * Raw text of fields whose value did not parse into the field's type (an unknown code, an
   * impossible date), keyed by the DfE item name ("DECOM", "PLACE"). Such a field's typed accessor
   * is empty. Writers write this text back, so nothing read is lost.
   */
  Map<String, String> unparsed();

  /** The raw text of a field that did not parse, if any. */
  default Optional<String> unparsed(String item) {
    return Optional.ofNullable(unparsed().get(item));
  }

  /** Where the record was read from, if it was read; not part of equality. */
  @Value.Auxiliary
  Optional<SourceLocation> source();
}
