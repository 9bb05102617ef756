package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.ChildDisability;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.util.HashMap;
import java.util.Map;

/**
 * 8794: Child has two or more disabilities with the same code. DfE logic: "If there is more than one
 * &lt;Disability&gt; (N00099) for a child, then none of the values should appear more than once".
 *
 * <p>Every Disability record of the child whose value (as written) another of its records repeats is
 * flagged; blank records are not values.
 */
public final class Rule8794 implements CinRule {
  @Override
  public String code() {
    return "8794";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    Map<String, Integer> counts = new HashMap<>();
    for (ChildDisability d : child.disabilities()) {
      counts.merge(DisabilityRecords.text(d), 1, Integer::sum);
    }
    for (ChildDisability d : child.disabilities()) {
      String value = DisabilityRecords.text(d);
      if (!value.isBlank() && counts.get(value) > 1) {
        flags.flag(d);
      }
    }
  }
}
