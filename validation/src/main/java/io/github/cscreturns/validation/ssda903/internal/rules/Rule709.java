package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.DeprivationOfLiberty;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;

/**
 * 709: "Child with a DoLO is in an unexpected placement type." The DfE's logic: "If &lt;DOLO_START&gt;
 * and &lt;DOLO_END&gt; are present then &lt;PLACEMENT&gt; for any episode where &lt;DECOM&gt; and
 * &lt;DEC&gt; overlap the DOLO should be 'K2', 'Z12', or 'Z13'" ({@link
 * PlacementGroupings#EXPECTED_UNDER_DEPRIVATION_OF_LIBERTY}). Flags each order with an overlapping
 * episode ({@link DeprivationOfLibertyPlacementRule}) in another placement type, or in text that is no
 * code. (The public validator reads an item PLACEMENT that its episodes table does not have, and
 * fails: it gives no answer to compare with.)
 *
 * @since 2026-27
 */
public final class Rule709 extends DeprivationOfLibertyPlacementRule {
  @Override
  public String code() {
    return "709";
  }

  @Override
  boolean isWrong(Episode e) {
    return placementIs(e, PlacementGroupings.EXPECTED_UNDER_DEPRIVATION_OF_LIBERTY.negate(), true);
  }

  @Override
  void flag(DeprivationOfLiberty dolo, Episode e, Flags flags) {
    flags.flag(dolo);
  }
}
