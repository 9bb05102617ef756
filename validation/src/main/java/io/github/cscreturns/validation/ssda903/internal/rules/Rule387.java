package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;

/**
 * 387: "Reason episode ceased is child moved into independent living arrangement, but the child is
 * aged under 14." Flags each episode that ceased with a move into independent living ({@link
 * ReasonEpisodeCeased#isIndependentLiving()}, E5 or E6) before the child's 14th birthday, or
 * whose child has no date of birth (blank, not a date, or no Header row): as the reference the DfE's
 * checks are mirrored by reads it, such a child is not shown to have been 14 ("DOB + 14 years &lt;=
 * DEC", else an error).
 */
public final class Rule387 extends AgeWhenCeasedRule {
  public Rule387() {
    super(ReasonEpisodeCeased::isIndependentLiving, age -> age < 14);
  }

  @Override
  public String code() {
    return "387";
  }

  @Override
  boolean flagsWithoutDob() {
    return true;
  }
}
