package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;

/**
 * 389: "Reason episode ceased is that child transferred to care of adult social care services, but
 * child is aged under 16." Flags each episode that ceased with REC E7 (transferred to residential
 * care funded by adult social care services) before the child's 16th birthday. An E7 episode
 * without a DEC cannot be judged (the public Python validator flags it).
 */
public final class Rule389 extends AgeWhenCeasedRule {
  public Rule389() {
    super(rec -> rec == ReasonEpisodeCeased.E7, age -> age < 16);
  }

  @Override
  public String code() {
    return "389";
  }
}
