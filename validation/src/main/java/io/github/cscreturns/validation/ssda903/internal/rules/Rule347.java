package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.CareLeaverAccommodation;
import io.github.cscreturns.core.ssda903.CareLeaverCheckpoint;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 347: "Care leavers aged under 18 years, can not be accommodated in a Foyer." (from 2023-24) Flags an
 * OC3 record whose ACCOM is a foyer (T1, T2: "Foyers and similar supported accommodation") of a young
 * person under 18 on 1 April (by the DOB the rules of OC3 read).
 *
 * <p>Departure from the Python validator, which tests ACCOM "T" (no code) and so never fires.
 */
public final class Rule347 implements Rule {
  @Override
  public String code() {
    return "347";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (CareLeaverCheckpoint oc3 : child.careLeaverCheckpoints()) {
      if (oc3.accommodation().map(Rule347::isFoyer).orElse(false)
          && RowDateOfBirth.of(oc3, child).map(d -> RowDateOfBirth.isUnder(d, 18, context.year().ssda903Start())).orElse(false)) {
        flags.flag(oc3);
      }
    }
  }

  /** ACCOM T1 and T2: "Foyers and similar supported accommodation", suitable or not. */
  private static boolean isFoyer(CareLeaverAccommodation accommodation) {
    return accommodation == CareLeaverAccommodation.T1 || accommodation == CareLeaverAccommodation.T2;
  }
}
