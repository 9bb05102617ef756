package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 1550: UPN invalid (character 13 not a recognised value). DfE logic: "if &lt;UPN&gt; (N00001))
 * present Character 13 of &lt;UPN&gt; must be numeric or A-Z omitting I, O and S".
 *
 * <p>Only a 13-character UPN has a character 13 to judge; a lower-case letter is not one of A-Z.
 */
public final class Rule1550 implements CinRule {
  @Override
  public String code() {
    return "1550";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    child.identifiers().upn().map(Upn::value).filter(u -> u.length() == 13).ifPresent(upn -> {
      if (!isRecognised(upn.charAt(12))) {
        flags.flag(child.identifiers());
      }
    });
  }

  private static boolean isRecognised(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z' && c != 'I' && c != 'O' && c != 'S');
  }
}
