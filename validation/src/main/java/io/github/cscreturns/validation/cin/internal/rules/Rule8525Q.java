package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.ChildIdentifiers;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8525Q: Either Date of Birth or Expected Date of Birth must be provided (but not both). The DfE
 * publishes no logic text beyond the message: exactly one of PersonBirthDate (N00066) and
 * ExpectedPersonBirthDate (N00098) is provided.
 *
 * <p>Provided means a real day is written, in the schema's form or another (a date in the wrong form
 * is still the date given); an empty element or an impossible date ({@code 2023-02-30}) provides none.
 */
public final class Rule8525Q implements CinRule {
  @Override
  public String code() {
    return "8525Q";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    ChildIdentifiers id = child.identifiers();
    boolean born = WrittenDate.isGiven(id.birthDate(), id.unparsed("PersonBirthDate"));
    boolean expected = WrittenDate.isGiven(id.expectedBirthDate(), id.unparsed("ExpectedPersonBirthDate"));
    if (child.identifiersRecorded() && born == expected) {
      flags.flag(id);
    }
  }
}
