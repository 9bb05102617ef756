package io.github.cscreturns.core.ssda903;


import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A deprivation of liberty order (table DoLo).
 *
 * @since 2026-27
 */
@Value.Immutable
public interface DeprivationOfLiberty extends Ssda903Record {
  /**
   * A builder of a {@code DeprivationOfLiberty}, every item unset.
   *
   * @return the builder
   */
  static ImmutableDeprivationOfLiberty.Builder builder() {
    return ImmutableDeprivationOfLiberty.builder();
  }

  @Override
  default Ssda903Table table() {
    return Ssda903Table.DOLO;
  }

  /**
   * Date the order started (DOLO_START).
   *
   * @return date the order started (DOLO_START)
   */
  Optional<LocalDate> start();

  /**
   * Date the order ended (DOLO_END).
   *
   * @return date the order ended (DOLO_END)
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
