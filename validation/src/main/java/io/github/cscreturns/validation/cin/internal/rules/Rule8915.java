package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.ChildProtectionPlan;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.time.LocalDate;

/**
 * 8915: Child Protection Plan shown as starting after the child’s Date of Death. DfE logic: "If
 * &lt;PersonDeathDate&gt; (N00108) is present, then &lt;CPPstartDate&gt; (N00105) must be on or before
 * &lt;PersonDeathDate&gt; (N00108)".
 *
 * <p>A plan starting after the death is flagged with the child's identifiers, which hold the date of
 * death.
 */
public final class Rule8915 implements CinRule {
  @Override
  public String code() {
    return "8915";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    if (child.identifiers().deathDate().isEmpty()) {
      return;
    }
    LocalDate death = child.identifiers().deathDate().get();
    for (ChildProtectionPlan plan : ProtectionPlansOfChild.of(child)) {
      if (plan.startDate().filter(s -> s.isAfter(death)).isPresent()) {
        flags.flag(plan);
        flags.flag(child.identifiers());
      }
    }
  }
}
