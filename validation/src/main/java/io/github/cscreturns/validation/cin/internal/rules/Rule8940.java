package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.ChildProtectionPlan;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.time.LocalDate;
import java.util.List;

/**
 * 8940: Child Protection Plan data contains overlapping dates. DfE logic: "Where more than one
 * &lt;ChildProtectionPlans&gt; group is included, the &lt;CPPstartDate&gt; (N00105) of each group cannot
 * fall within either: a) &lt;CPPstartDate&gt; (N00105) to &lt;CPPendDate&gt; (N00115), or b)
 * &lt;CPPstartDate&gt; (N00105) and &lt;ReferenceDate&gt; if &lt;CPPendDate&gt; (N00115) is not present".
 *
 * <p>Every pair of the child's plans (of any of its CIN episodes) is compared, both ends included: a
 * plan whose start falls within another plan's period is flagged with that other plan.
 */
public final class Rule8940 implements CinRule {
  @Override
  public String code() {
    return "8940";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    List<ChildProtectionPlan> plans =
        ProtectionPlansOfChild.of(child).stream().filter(p -> p.startDate().isPresent()).toList();
    for (ChildProtectionPlan plan : plans) {
      LocalDate start = plan.startDate().orElseThrow();
      for (ChildProtectionPlan other : plans) {
        if (other != plan && startsWithin(start, other, context.referenceDate())) {
          flags.flag(plan);
          flags.flag(other);
        }
      }
    }
  }

  private static boolean startsWithin(LocalDate start, ChildProtectionPlan other, LocalDate referenceDate) {
    LocalDate from = other.startDate().orElseThrow();
    LocalDate to = other.endDate().orElse(referenceDate);
    return !start.isBefore(from) && !start.isAfter(to);
  }
}
