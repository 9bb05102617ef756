package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.NumberOfAdopters;
import io.github.cscreturns.core.ssda903.Adoption;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 511: "If reporting that the number of person(s) adopting the looked after child is two adopters
 * then the code should only be MM, FF or MF. MM = the adopting couple are both males; FF = the
 * adopting couple are both females; MF = The adopting couple are male and female." Flags each AD1
 * record with NB_ADOPTR 2 whose SEX_ADOPTR is that of a single adopter (M1, F1); a blank or invalid
 * SEX_ADOPTR is left to rules 151 and 176. Same in every year.
 */
public final class Rule511 implements Rule {
  @Override
  public String code() {
    return "511";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Adoption adoption : child.adoptions()) {
      if (adoption.numberOfAdopters().filter(n -> n == NumberOfAdopters.TWO).isPresent()
          && adoption.adopterSex().map(AdoptionItems.SINGLE_ADOPTER::contains).orElse(false)) {
        flags.flag(adoption);
      }
    }
  }
}
