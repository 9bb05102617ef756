package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.DeprivationOfLiberty;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;

/**
 * 710: "Child with a DoLO can not be placed in secure children's homes, with parents, young offender
 * institutions, or supported accommodation." The DfE's logic: "If &lt;DOLO_START&gt; and
 * &lt;DOLO_END&gt; are present then &lt;PLACEMENT&gt; for any episode where &lt;DECOM&gt; and &lt;DEC&gt;
 * overlap the DOLO must not be 'K1', 'P1', 'R5', 'K3'" ({@link
 * PlacementGroupings#NOT_UNDER_DEPRIVATION_OF_LIBERTY}). Flags each order and each overlapping episode
 * ({@link DeprivationOfLibertyPlacementRule}) in one of those placements. (The public validator reads an
 * item PLACEMENT that its episodes table does not have, and fails: it gives no answer to compare with.)
 *
 * @since 2026-27
 */
public final class Rule710 extends DeprivationOfLibertyPlacementRule {
  @Override
  public String code() {
    return "710";
  }

  @Override
  boolean isWrong(Episode e) {
    return placementIs(e, PlacementGroupings.NOT_UNDER_DEPRIVATION_OF_LIBERTY, false);
  }

  @Override
  void flag(DeprivationOfLiberty dolo, Episode e, Flags flags) {
    flags.flag(dolo);
    flags.flag(e);
  }
}
