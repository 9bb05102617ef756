package io.github.cscreturns.core.ssda903;

import io.github.cscreturns.codesets.ssda903.Sex;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Unaccompanied asylum-seeking child status (table UASC; in XML the HEADER items UASC and DUC).
 *
 * @since 2013-14
 */
@Value.Immutable
public interface Uasc extends Ssda903Record {
  /**
   * A builder of an {@code Uasc}, every item unset.
   *
   * @return the builder
   */
  static ImmutableUasc.Builder builder() {
    return ImmutableUasc.builder();
  }

  @Override
  default Ssda903Table table() {
    return Ssda903Table.UASC;
  }

  /**
   * Date the child ceased to be an unaccompanied asylum-seeking child (DUC).
   *
   * @return date the child ceased to be an unaccompanied asylum-seeking child (DUC)
   */
  Optional<LocalDate> ceasedDate();

  /**
   * Sex as written on this record's own row (the UASC table repeats SEX), where it differs from the header's; usually empty.
   *
   * @return sex as written on this record's own row (the UASC table repeats SEX), where it differs
   *     from the header's
   */
  Optional<Sex> sex();

  /**
   * Date of birth as written on this record's own row (CSV tables repeat DOB), where it differs from the header's; usually empty.
   *
   * @return date of birth as written on this record's own row (CSV tables repeat DOB), where it
   *     differs from the header's
   */
  Optional<LocalDate> dob();
}
