package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.codesets.cin.UpnLaCode;
import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 1530: UPN invalid (characters 2-4 not a recognised LA code). DfE logic: "If &lt;UPN&gt; (N00001)
 * present then characters 2-4 of &lt;UPN&gt; must be a valid post April 1998 LA code".
 *
 * <p>The codes come from the year's UPN LA codeset, so the 2023-24 redefinition (942 and 943 accepted)
 * is the same class asking the codeset of its year. Only a 13-character UPN is judged: another length
 * is not a UPN whose characters 2-4 are an LA code (the schema's UPN is 13 characters).
 */
public final class Rule1530 implements CinRule {
  @Override
  public String code() {
    return "1530";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    child.identifiers().upn().map(Upn::value).filter(u -> u.length() == 13).ifPresent(upn -> {
      if (!UpnLaCode.CODESET.isValid(upn.substring(1, 4), context.year())) {
        flags.flag(child.identifiers());
      }
    });
  }
}
