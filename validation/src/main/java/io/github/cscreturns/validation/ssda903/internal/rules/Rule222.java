package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.function.Predicate;

/**
 * 222: "Ofsted Unique reference number (URN) should not be recorded for this placement type." Flags
 * each episode with a URN other than the placeholder XXXXXXX whose placement type takes none as the
 * definition lists them: P1, P3, R1, R2, R5, T0–T4 and the other placements every year, plus P2 to
 * 2023-24 and H5 in 2022-23 (the DfE redefined the rule in 2023-24, 2024-25 and 2025-26 as the
 * supported accommodation reforms and the Z1 split took effect; the split is the codeset's). An other
 * placement no longer valid in the year (Z1 from 2025-26) is not on the year's list, as the DfE portal
 * judges it.
 */
public final class Rule222 implements Rule {
  private final Predicate<PlacementType> noUrn;

  /** The 2022-23 definition: no URN for placements Ofsted does not register, P2 or H5. */
  public Rule222() {
    this(PlacementGroupings.NOT_OFSTED_REGISTERED_OR_INDEPENDENT_LIVING);
  }

  private Rule222(Predicate<PlacementType> noUrn) {
    this.noUrn = noUrn;
  }

  /** The 2023-24 definition: H5 placements may carry a URN; P2 still may not. */
  public static Rule222 semiIndependentLivingMayHaveUrn() {
    return new Rule222(PlacementGroupings.NOT_OFSTED_REGISTERED_OR_P2);
  }

  /** The definition from 2024-25: no URN only for placements Ofsted does not register. */
  public static Rule222 onlyPlacementsOfstedDoesNotRegister() {
    return new Rule222(PlacementGroupings.NOT_OFSTED_REGISTERED);
  }

  @Override
  public String code() {
    return "222";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode episode : child.episodes()) {
      boolean urnGiven =
          episode.placement().urn().map(u -> !u.isPlaceholder()).orElse(false)
              || (episode.placement().urn().isEmpty() && episode.unparsed("URN").isPresent());
      boolean urnNotExpected =
          episode.placement().type()
              .filter(noUrn)
              .filter(t -> !t.isOtherPlacement() || t.isValidIn(context.year()))
              .isPresent();
      if (urnGiven && urnNotExpected) {
        flags.flag(episode);
      }
    }
  }
}
