package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.ChildProtectionPlan;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.time.LocalDate;

/**
 * 8920: Child Protection Plan cannot end after the child’s Date of Death. DfE logic: "If
 * &lt;PersonDeathDate&gt; (N00108) is present, then &lt;CPPendDate&gt; (N00115) must be on or before
 * &lt;PersonDeathDate&gt; (N00108)".
 *
 * <p>A plan ending after the death is flagged with the child's identifiers, which hold the date of
 * death.
 */
public final class Rule8920 implements CinRule {
  @Override
  public String code() {
    return "8920";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    if (child.identifiers().deathDate().isEmpty()) {
      return;
    }
    LocalDate death = child.identifiers().deathDate().get();
    for (ChildProtectionPlan plan : ProtectionPlansOfChild.of(child)) {
      if (plan.endDate().filter(e -> e.isAfter(death)).isPresent()) {
        flags.flag(plan);
        flags.flag(child.identifiers());
      }
    }
  }
}
