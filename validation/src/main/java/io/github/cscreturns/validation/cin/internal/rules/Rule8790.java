package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.ChildDisability;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8790: Disability information includes both None and other values. DfE logic: "If a
 * &lt;Disability&gt; (N00099) value of NONE is present, then there should be no other
 * &lt;Disability&gt; (N00099) values present for the same child".
 *
 * <p>The other Disability records of a child with NONE are flagged (the NONE itself is not).
 */
public final class Rule8790 implements CinRule {
  @Override
  public String code() {
    return "8790";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    if (child.disabilities().stream().anyMatch(DisabilityRecords::isNone)) {
      for (ChildDisability d : child.disabilities()) {
        if (!DisabilityRecords.isNone(d)) {
          flags.flag(d);
        }
      }
    }
  }
}
