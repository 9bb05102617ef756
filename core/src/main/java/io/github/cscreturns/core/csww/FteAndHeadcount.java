package io.github.cscreturns.core.csww;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A workforce figure as the census counts it: full-time equivalent and headcount. Either may be
 * absent (not returned, or not collected that year).
 *
 * @since 2012-13 (the first workforce census, as at 30 September 2013)
 */
@Value.Immutable
public interface FteAndHeadcount {
  /**
  * The full-time equivalent.
  *
  * @return the full-time equivalent, if returned
  */
  Optional<BigDecimal> fte();

  /**
  * The headcount.
  *
  * @return the headcount, if returned
  */
  Optional<Integer> headcount();

  /**
   * The figure on the given basis, as a decimal.
   *
   * @param basis the basis
   * @return the figure on the given basis, as a decimal
   */
  default Optional<BigDecimal> on(Basis basis) {
    return basis == Basis.FTE ? fte() : headcount().map(BigDecimal::valueOf);
  }

  /**
  * Both figures.
  *
  * @param fte the full-time equivalent
  * @param headcount the headcount
  * @return the figure
  */
  static FteAndHeadcount of(BigDecimal fte, int headcount) {
    return ImmutableFteAndHeadcount.builder().fte(fte).headcount(headcount).build();
  }

  /**
  * The full-time equivalent alone.
  *
  * @param fte the full-time equivalent
  * @return the figure
  */
  static FteAndHeadcount ofFte(BigDecimal fte) {
    return ImmutableFteAndHeadcount.builder().fte(fte).build();
  }

  /**
  * The headcount alone.
  *
  * @param headcount the headcount
  * @return the figure
  */
  static FteAndHeadcount ofHeadcount(int headcount) {
    return ImmutableFteAndHeadcount.builder().headcount(headcount).build();
  }

  /**
   * Neither figure known.
   *
   * @return neither figure known
   */
  static FteAndHeadcount empty() {
    return ImmutableFteAndHeadcount.builder().build();
  }

  /**
   * A builder of a {@code FteAndHeadcount}, every item unset.
   *
   * @return the builder
   */
  static ImmutableFteAndHeadcount.Builder builder() {
    return ImmutableFteAndHeadcount.builder();
  }
}
