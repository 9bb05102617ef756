package io.github.cscreturns.core.ssda903;

import io.github.cscreturns.codesets.ssda903.PreviousPermanenceOption;
import io.github.cscreturns.core.LaCode;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A permanence order the child had before this period of care (table PrevPerm; XML element PERMANENCE under HEADER).
 *
 * @since 2013-14
 */
@Value.Immutable
public interface PreviousPermanence extends Ssda903Record {
  /**
   * A builder of a {@code PreviousPermanence}, every item unset.
   *
   * @return the builder
   */
  static ImmutablePreviousPermanence.Builder builder() {
    return ImmutablePreviousPermanence.builder();
  }

  @Override
  default Ssda903Table table() {
    return Ssda903Table.PREV_PERM;
  }

  /**
   * The previous permanence option (PREV_PERM).
   *
   * @return the previous permanence option (PREV_PERM)
   */
  Optional<PreviousPermanenceOption> option();

  /**
   * The local authority that arranged it (LA_PERM).
   *
   * @return the local authority that arranged it (LA_PERM)
   */
  Optional<LaCode> arrangingLa();

  /**
   * Date of the previous permanence order (DATE_PERM); where only part of the date is known the DfE allows 'zz' for the unknown parts, kept as unparsed text.
   *
   * @return date of the previous permanence order (DATE_PERM)
   */
  Optional<LocalDate> date();

  /**
   * Date of birth as written on this record's own row (CSV tables repeat DOB), where it differs from the header's; usually empty.
   *
   * @return date of birth as written on this record's own row (CSV tables repeat DOB), where it
   *     differs from the header's
   */
  Optional<LocalDate> dob();
}
