package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.MotherStatus;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 612: "Date of birth field has been completed but mother field indicates child is not a mother."
 * Flags the Header of a female child (SEX 2 to 2023-24, F from the 2024-25 redefinition) whose MC_DOB
 * is filled in (even if not a valid date) and whose MOTHER is 0 or blank.
 */
public final class Rule612 implements Rule {
  @Override
  public String code() {
    return "612";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (!child.headerRecorded() || !child.sex().map(s -> s.isFemale()).orElse(false)) {
      return;
    }
    boolean notAMother =
        child.motherStatus().map(m -> m == MotherStatus.NOT_A_MOTHER).orElse(child.unparsed("MOTHER").isEmpty());
    if (notAMother && ItemPresence.isRecorded(child.motherChildDob(), child, "MC_DOB")) {
      flags.flag(child);
    }
  }
}
