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
  Optional<BigDecimal> fte();

  Optional<Integer> headcount();

  /** The figure on the given basis, as a decimal. */
  default Optional<BigDecimal> on(Basis basis) {
    return basis == Basis.FTE ? fte() : headcount().map(BigDecimal::valueOf);
  }

  static FteAndHeadcount of(BigDecimal fte, int headcount) {
    return ImmutableFteAndHeadcount.builder().fte(fte).headcount(headcount).build();
  }

  static FteAndHeadcount ofFte(BigDecimal fte) {
    return ImmutableFteAndHeadcount.builder().fte(fte).build();
  }

  static FteAndHeadcount ofHeadcount(int headcount) {
    return ImmutableFteAndHeadcount.builder().headcount(headcount).build();
  }

  /** Neither figure known. */
  static FteAndHeadcount empty() {
    return ImmutableFteAndHeadcount.builder().build();
  }

  static ImmutableFteAndHeadcount.Builder builder() {
    return ImmutableFteAndHeadcount.builder();
  }
}
