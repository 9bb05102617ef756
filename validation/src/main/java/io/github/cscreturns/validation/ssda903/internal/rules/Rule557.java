package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.EnumSet;
import java.util.Set;

/**
 * 557: "Child for whom the decision was made that they should be placed for adoption has left care
 * but was not adopted and information on the decision that they should no longer be placed for
 * adoption items has not been completed." An episode placed for adoption (PLACE A3 to A6) or under an
 * order towards adoption that ceased (REC filled in) other than by adoption (E11, E12) or a new
 * episode (X1) is flagged where the child has no PlacedAdoption record, and with each of the child's
 * PlacedAdoption records whose DATE_PLACED_CEASED or REASON_PLACED_CEASED is blank.
 *
 * <p>The orders towards adoption are the DfE's definition: the freeing order D1 and the placement
 * order E1 to 2023-24, the placement order E1 alone from 2024-25 (freeing orders no longer checked).
 */
public final class Rule557 implements Rule {
  private final Set<LegalStatus> ordersTowardsAdoption;

  /** The rule as defined to 2023-24: orders towards adoption are D1 and E1. */
  public Rule557() {
    this(EnumSet.of(LegalStatus.D1, LegalStatus.E1));
  }

  /** The rule with the given legal statuses counted as orders towards adoption. */
  public Rule557(Set<LegalStatus> ordersTowardsAdoption) {
    this.ordersTowardsAdoption = Set.copyOf(ordersTowardsAdoption);
  }

  @Override
  public String code() {
    return "557";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode e : child.episodes()) {
      boolean towardsAdoption =
          AdoptionEpisodes.isPlacedForAdoption(e) || e.legalStatus().filter(ordersTowardsAdoption::contains).isPresent();
      boolean leftNotAdopted =
          e.unparsed("REC").isPresent()
              || e.reasonCeased().filter(r -> !r.isAdoption() && r != ReasonEpisodeCeased.X1).isPresent();
      if (!towardsAdoption || !leftNotAdopted) {
        continue;
      }
      if (child.placedForAdoption().isEmpty()) {
        flags.flag(e);
      }
      for (PlacedForAdoption p : child.placedForAdoption()) {
        if (ItemPresence.isBlank(p.ceasedDate(), p, "DATE_PLACED_CEASED")
            || ItemPresence.isBlank(p.reasonCeased(), p, "REASON_PLACED_CEASED")) {
          flags.flag(e);
          flags.flag(p);
        }
      }
    }
  }
}
