package io.github.cscreturns.core.ssda903;

import io.github.cscreturns.codesets.ssda903.ReasonPlacedForAdoptionCeased;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A decision that the child should be placed for adoption, and its end (table PlacedAdoption; XML element AD_PLACED under HEADER).
 *
 * @since 2013-14
 */
@Value.Immutable
public interface PlacedForAdoption extends Ssda903Record {
  /**
   * A builder of a {@code PlacedForAdoption}, every item unset.
   *
   * @return the builder
   */
  static ImmutablePlacedForAdoption.Builder builder() {
    return ImmutablePlacedForAdoption.builder();
  }

  @Override
  default Ssda903Table table() {
    return Ssda903Table.PLACED_ADOPTION;
  }

  /**
   * Date of the decision that the child should be placed for adoption (DATE_PLACED).
   *
   * @return date of the decision that the child should be placed for adoption (DATE_PLACED)
   */
  Optional<LocalDate> decisionDate();

  /**
   * Date that decision ceased (DATE_PLACED_CEASED).
   *
   * @return date that decision ceased (DATE_PLACED_CEASED)
   */
  Optional<LocalDate> ceasedDate();

  /**
   * Reason the decision ceased (REASON_PLACED_CEASED).
   *
   * @return reason the decision ceased (REASON_PLACED_CEASED)
   */
  Optional<ReasonPlacedForAdoptionCeased> reasonCeased();

  /**
   * Date of birth as written on this record's own row (CSV tables repeat DOB), where it differs from the header's; usually empty.
   *
   * @return date of birth as written on this record's own row (CSV tables repeat DOB), where it
   *     differs from the header's
   */
  Optional<LocalDate> dob();
}
