package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.ChildProtectionPlan;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.util.List;

/**
 * 8935: This child is showing more than one open Child Protection plan, i.e. with no End Date. DfE
 * logic: "There must be only one &lt;ChildProtectionPlans&gt; group where the &lt;CPPendDate&gt; (N00115)
 * is missing".
 *
 * <p>The child's plans of all its CIN episodes count together; where more than one has no end date
 * (none written, blank, or not a date), each of them is flagged.
 */
public final class Rule8935 implements CinRule {
  @Override
  public String code() {
    return "8935";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    List<ChildProtectionPlan> open =
        ProtectionPlansOfChild.of(child).stream().filter(p -> p.endDate().isEmpty()).toList();
    if (open.size() > 1) {
      flags.flagAll(open);
    }
  }
}
