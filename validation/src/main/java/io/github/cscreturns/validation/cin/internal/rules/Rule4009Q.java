package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.CinPlanDates;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.time.LocalDate;

/**
 * 4009Q: CIN Plan cannot end after the child’s Date of Death. DfE logic: "If &lt;PersonDeathDate&gt;
 * (N00108) is present, then &lt;CINPlanEndDate&gt; (N00690) must be on or before
 * &lt;PersonDeathDate&gt; (N00108)".
 *
 * <p>Flags the child's identifiers and each CIN plan ending after the death.
 */
public final class Rule4009Q implements CinRule {
  @Override
  public String code() {
    return "4009Q";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    LocalDate death = child.identifiers().deathDate().orElse(null);
    if (death == null) {
      return;
    }
    for (CinDetails episode : child.cinDetails()) {
      for (CinPlanDates plan : episode.cinPlanDates()) {
        if (plan.endDate().filter(death::isBefore).isPresent()) {
          flags.flag(child.identifiers());
          flags.flag(plan);
        }
      }
    }
  }
}
