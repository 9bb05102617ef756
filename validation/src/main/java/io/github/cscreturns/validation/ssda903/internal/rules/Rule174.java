package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 174: "Mother's child date of birth is recorded but gender shows that the child is a male." (to
 * 2023-24); "… but sex shows that the child is a male." (from 2024-25). Flags a Header with MC_DOB
 * filled in (even if not a valid date) for a male child: SEX 1 to 2023-24, M from 2024-25. (The
 * public validator's 2023-24 version tests for F by mistake; we follow the DfE's message.)
 */
public final class Rule174 implements Rule {
  @Override
  public String code() {
    return "174";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (!child.headerRecorded()) {
      return;
    }
    boolean male = child.sex().map(s -> s.isMale()).orElse(false);
    if (male && ItemPresence.isRecorded(child.motherChildDob(), child, "MC_DOB")) {
      flags.flag(child);
    }
  }
}
