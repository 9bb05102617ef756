package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * The rules that an order towards adoption (a placement order E1, a freeing order D1) needs a
 * decision that the child should be placed for adoption: flags each episode under the order of a
 * child with no PlacedAdoption record, and, where such an episode is still open (DEC blank), each
 * PlacedAdoption record that says the decision has ceased (DATE_PLACED_CEASED or
 * REASON_PLACED_CEASED filled in).
 */
abstract class OrderWithoutDecisionRule implements Rule {
  private final String code;
  private final LegalStatus order;

  OrderWithoutDecisionRule(String code, LegalStatus order) {
    this.code = code;
    this.order = order;
  }

  @Override
  public final String code() {
    return code;
  }

  @Override
  public final void check(Child child, RuleContext context, Flags flags) {
    boolean openOrder = false;
    for (Episode e : child.episodes()) {
      if (e.legalStatus().filter(order::equals).isEmpty()) {
        continue;
      }
      if (child.placedForAdoption().isEmpty()) {
        flags.flag(e);
      }
      openOrder |= ItemPresence.isBlank(e.end(), e, "DEC");
    }
    if (!openOrder) {
      return;
    }
    for (PlacedForAdoption p : child.placedForAdoption()) {
      if (ItemPresence.isRecorded(p.ceasedDate(), p, "DATE_PLACED_CEASED")
          || ItemPresence.isRecorded(p.reasonCeased(), p, "REASON_PLACED_CEASED")) {
        flags.flag(p);
      }
    }
  }
}
