package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;

/**
 * 386: "Reason episode ceased is adopted but child has reached age 18." Flags each episode that
 * ceased with adoption ({@link ReasonEpisodeCeased#isAdoption()}, E11 or E12) on or after the
 * child's 18th birthday.
 */
public final class Rule386 extends AgeWhenCeasedRule {
  public Rule386() {
    super(ReasonEpisodeCeased::isAdoption, age -> age >= 18);
  }

  @Override
  public String code() {
    return "386";
  }
}
