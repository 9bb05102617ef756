package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8520: Date of Birth is after data collection period (must be on or before the end of the census
 * period). DfE logic: "&lt;PersonBirthDate&gt; (N00066) must be on or before &lt;ReferenceDate&gt;
 * (N00603) or null".
 */
public final class Rule8520 implements CinRule {
  @Override
  public String code() {
    return "8520";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    child.identifiers().birthDate().filter(b -> b.isAfter(context.referenceDate())).ifPresent(b -> flags.flag(child.identifiers()));
  }
}
