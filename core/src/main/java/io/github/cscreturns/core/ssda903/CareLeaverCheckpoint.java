package io.github.cscreturns.core.ssda903;

import io.github.cscreturns.codesets.ssda903.CareLeaverAccommodation;
import io.github.cscreturns.codesets.ssda903.CareLeaverActivity;
import io.github.cscreturns.codesets.ssda903.InTouch;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A care leaver's situation around a checkpoint birthday (17th to 21st) in the year (table OC3; HEADER items IN_TOUCH, ACTIV, ACCOM).
 *
 * @since 2013-14
 */
@Value.Immutable
public interface CareLeaverCheckpoint extends Ssda903Record {
  /**
   * A builder of a care leaver's checkpoint record (OC3), every item blank until set.
   *
   * @return a new builder
   */
  static ImmutableCareLeaverCheckpoint.Builder builder() {
    return ImmutableCareLeaverCheckpoint.builder();
  }

  @Override
  default Ssda903Table table() {
    return Ssda903Table.OC3;
  }

  /**
   * Whether the local authority is in touch (IN_TOUCH).
   *
   * @return whether the local authority is in touch (IN_TOUCH)
   */
  Optional<InTouch> inTouch();

  /**
   * Main activity (ACTIV).
   *
   * @return main activity (ACTIV)
   */
  Optional<CareLeaverActivity> activity();

  /**
   * Accommodation and its suitability (ACCOM).
   *
   * @return accommodation and its suitability (ACCOM)
   */
  Optional<CareLeaverAccommodation> accommodation();

  /**
   * Date of birth as written on this record's own row (CSV tables repeat DOB), where it differs from the header's; usually empty.
   *
   * @return date of birth as written on this record's own row (CSV tables repeat DOB), where it
   *     differs from the header's
   */
  Optional<LocalDate> dob();
}
