package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.util.Optional;

/**
 * 1510: UPN invalid (wrong check letter at character 1). DfE logic: "&lt;UPN&gt; (N00001) if present
 * must contain the correct check letter".
 *
 * <p>The check letter is the DfE's: characters 2 to 13 weighted 2 to 13, a final letter (a temporary
 * UPN) counting as its place in the check-letter table, the sum modulo 23 indexing that table (A to Z
 * without I, O and S). A UPN whose check letter cannot be worked out (not 13 characters, a non-digit
 * among characters 2 to 12, or a character 13 outside the table) is left to rules 1540 and 1550.
 */
public final class Rule1510 implements CinRule {
  @Override
  public String code() {
    return "1510";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    child.identifiers().upn().map(Upn::value).ifPresent(upn -> {
      Optional<Character> expected = Upn.expectedCheckLetter(upn);
      if (expected.isPresent() && expected.get() != upn.charAt(0)) {
        flags.flag(child.identifiers());
      }
    });
  }
}
