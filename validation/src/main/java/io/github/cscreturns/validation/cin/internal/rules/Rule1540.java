package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 1540: UPN invalid (characters 5-12 not all numeric). DfE logic: "If &lt;UPN&gt; (N00001) present
 * Characters 5-12 of &lt;UPN&gt; must be numeric".
 *
 * <p>The characters judged are those of positions 5 to 12 that the UPN has; each must be a digit 0 to
 * 9, and a UPN too short to have a character 5 (such as an unknown-UPN reason written as the UPN) has
 * no numeric characters 5-12.
 */
public final class Rule1540 implements CinRule {
  @Override
  public String code() {
    return "1540";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    child.identifiers().upn().map(Upn::value).ifPresent(upn -> {
      if (upn.length() < 5) {
        flags.flag(child.identifiers());
        return;
      }
      for (int i = 4; i < Math.min(12, upn.length()); i++) {
        char c = upn.charAt(i);
        if (c < '0' || c > '9') {
          flags.flag(child.identifiers());
          return;
        }
      }
    });
  }
}
