package io.github.cscreturns.core.ssda903;

import io.github.cscreturns.codesets.ssda903.MissingType;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A period missing from care or away from placement without authorisation (table Missing; XML element AMISSING under HEADER).
 *
 * @since 2014-15
 */
@Value.Immutable
public interface MissingEpisode extends Ssda903Record {
  /**
   * A builder of a {@code MissingEpisode}, every item unset.
   *
   * @return the builder
   */
  static ImmutableMissingEpisode.Builder builder() {
    return ImmutableMissingEpisode.builder();
  }

  @Override
  default Ssda903Table table() {
    return Ssda903Table.MISSING;
  }

  /**
   * Missing or away (MISSING).
   *
   * @return missing or away (MISSING)
   */
  Optional<MissingType> type();

  /**
   * Start of the missing or away period (MIS_START).
   *
   * @return start of the missing or away period (MIS_START)
   */
  Optional<LocalDate> start();

  /**
   * End of the period (MIS_END); empty while ongoing.
   *
   * @return end of the period (MIS_END)
   */
  Optional<LocalDate> end();

  /**
   * Date of birth as written on this record's own row (CSV tables repeat DOB), where it differs from the header's; usually empty.
   *
   * @return date of birth as written on this record's own row (CSV tables repeat DOB), where it
   *     differs from the header's
   */
  Optional<LocalDate> dob();
}
