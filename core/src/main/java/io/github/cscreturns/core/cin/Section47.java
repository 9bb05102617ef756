package io.github.cscreturns.core.cin;

import io.github.cscreturns.codesets.cin.YesNo;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A section 47 enquiry of a CIN episode (element Section47), with its initial child protection
 * conference (ICPC).
 *
 * @since 2022-23
 */
@Value.Immutable
public interface Section47 extends CinRecord {
  /**
   * A builder of a {@code Section47}, every item unset.
   *
   * @return the builder
   */
  static ImmutableSection47.Builder builder() {
    return ImmutableSection47.builder();
  }

  @Override
  default CinTable table() {
    return CinTable.SECTION47;
  }

  /**
   * S47ActualStartDate (N00148).
   *
   * @return s47ActualStartDate (N00148)
   */
  Optional<LocalDate> startDate();

  /**
   * InitialCPCtarget (N00109): when the ICPC should be held (15 working days after the strategy discussion).
   *
   * @return initialCPCtarget (N00109)
   */
  Optional<LocalDate> initialCpcTarget();

  /**
   * DateOfInitialCPC (N00110): when the ICPC was held.
   *
   * @return dateOfInitialCPC (N00110)
   */
  Optional<LocalDate> dateOfInitialCpc();

  /**
   * ICPCnotRequired (N00111): the enquiry ended without the need for a conference.
   *
   * @return ICPCnotRequired (N00111)
   */
  Optional<YesNo> icpcNotRequired();

  /**
   * Whether the enquiry is still open: no conference held and none recorded as not required.
   *
   * @return whether the enquiry is still open
   */
  default boolean isOpen() {
    return dateOfInitialCpc().isEmpty() && !icpcNotRequired().map(YesNo::isYes).orElse(false);
  }
}
