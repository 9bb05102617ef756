package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.function.Predicate;

/**
 * 178: "Placement provider code is not a valid code." Flags each episode whose PLACE_PROVIDER is
 * filled in but is not a code valid in the year, or is given for a placement type that takes no
 * provider as the definition lists them: temporary placements T0–T4 and other placements to 2024-25;
 * from the 2025-26 redefinition T0–T3 and other placements (the DfE dropped T4 from this rule's list,
 * while rule 213 still reports a provider on T4). An other placement no longer valid in the year (Z1
 * from 2025-26, when Z11–Z14 replaced it) is not on the year's list. A blank provider is left to other rules.
 */
public final class Rule178 implements Rule {
  private final Predicate<PlacementType> withoutProvider;

  /** The definition to 2024-25: no provider for temporary placements (T0–T4) and other placements. */
  public Rule178() {
    this(PlacementGroupings.TEMPORARY_OR_OTHER);
  }

  private Rule178(Predicate<PlacementType> withoutProvider) {
    this.withoutProvider = withoutProvider;
  }

  /** The 2025-26 definition: no provider for T0–T3 and other placements (T4 is no longer listed). */
  public static Rule178 t4NoLongerWithoutProvider() {
    return new Rule178(PlacementGroupings.TEMPORARY_EXCEPT_T4_OR_OTHER);
  }

  @Override
  public String code() {
    return "178";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode episode : child.episodes()) {
      var provider = episode.placement().provider();
      if (ItemPresence.isBlank(provider, episode, "PLACE_PROVIDER")) {
        continue;
      }
      boolean invalidCode = provider.map(p -> !p.isValidIn(context.year())).orElse(true);
      // an other placement no longer valid in the year (Z1 from 2025-26) is not on the year's list
      boolean notExpected =
          episode.placement().type()
              .filter(withoutProvider)
              .filter(t -> !t.isOtherPlacement() || t.isValidIn(context.year()))
              .isPresent();
      if (invalidCode || notExpected) {
        flags.flag(episode);
      }
    }
  }
}
