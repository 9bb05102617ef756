package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.ChildIdentifiers;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8535Q: Child’s date of death should not be prior to the date of birth. DfE logic:
 * "&lt;PersonDeathDate&gt; (N00108) must be on or after &lt;PersonBirthDate&gt; (N00066)".
 *
 * <p>Judged where both dates are given; a death on the day of birth passes.
 */
public final class Rule8535Q implements CinRule {
  @Override
  public String code() {
    return "8535Q";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    ChildIdentifiers id = child.identifiers();
    if (id.deathDate().isPresent() && id.birthDate().isPresent() && id.deathDate().get().isBefore(id.birthDate().get())) {
      flags.flag(id);
    }
  }
}
