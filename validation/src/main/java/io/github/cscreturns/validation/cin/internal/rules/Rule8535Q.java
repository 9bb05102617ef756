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
 * <p>A death on the day of birth passes. A death date with no PersonBirthDate at all (an unborn child,
 * or a birth date left out) is flagged: the DfE text has no "or null" here, unlike 8520's, so a death
 * date must have a birth date to be on or after. A birth date written in a form that is not a date is
 * not compared.
 */
public final class Rule8535Q implements CinRule {
  @Override
  public String code() {
    return "8535Q";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    ChildIdentifiers id = child.identifiers();
    if (id.deathDate().isEmpty()) {
      return;
    }
    boolean beforeBirth = id.birthDate().filter(b -> id.deathDate().get().isBefore(b)).isPresent();
    if (beforeBirth || !id.hasContent("PersonBirthDate", id.birthDate())) {
      flags.flag(id);
    }
  }
}
