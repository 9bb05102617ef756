package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.CinPlanDates;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.time.LocalDate;

/**
 * 4008: CIN Plan shown as starting after the child’s Date of Death. DfE logic: "If &lt;PersonDeathDate&gt;
 * (N00108) is present, then &lt;CINPlanStartDate&gt; (N00689) must be on or before
 * &lt;PersonDeathDate&gt; (N00108)".
 *
 * <p>Flags the child's identifiers and each CIN plan starting after the death.
 */
public final class Rule4008 implements CinRule {
  @Override
  public String code() {
    return "4008";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    LocalDate death = child.identifiers().deathDate().orElse(null);
    if (death == null) {
      return;
    }
    for (CinDetails episode : child.cinDetails()) {
      for (CinPlanDates plan : episode.cinPlanDates()) {
        if (plan.startDate().filter(death::isBefore).isPresent()) {
          flags.flag(child.identifiers());
          flags.flag(plan);
        }
      }
    }
  }
}
