package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 1560Q: Former UPN wrongly formatted. DfE logic: "&lt;FormerUPN&gt; (N00002) where present should be
 * in the correct format, as specified in the data table".
 *
 * <p>The data table gives FormerUPN the UPN's format (schema type {@code upntype}): 13 characters, a
 * letter, eleven digits, then a digit or (for a temporary UPN, the usual former UPN) a letter. A blank
 * FormerUPN is not present.
 */
public final class Rule1560Q implements CinRule {
  @Override
  public String code() {
    return "1560Q";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    child.identifiers().formerUpn().map(Upn::value).filter(u -> !u.isEmpty()).ifPresent(former -> {
      if (!isUpnFormat(former)) {
        flags.flag(child.identifiers());
      }
    });
  }

  private static boolean isUpnFormat(String upn) {
    if (upn.length() != 13 || !isLetter(upn.charAt(0)) || !(isLetter(upn.charAt(12)) || isDigit(upn.charAt(12)))) {
      return false;
    }
    for (int i = 1; i < 12; i++) {
      if (!isDigit(upn.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
