package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 442: "Unique Pupil Number (UPN) field is not completed." Flags the Header of a child with any episode
 * whose legal status is not V3/V4 (blank included) when UPN is blank; an unknown-UPN reason code
 * (UN1…) counts as completed. Same in every year.
 */
public final class Rule442 implements Rule {
  @Override
  public String code() {
    return "442";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (!child.headerRecorded() || !ItemPresence.isBlank(child.upn(), child, "UPN")) {
      return;
    }
    if (child.episodes().stream().anyMatch(e -> !EpisodeItems.isRespite(e))) {
      flags.flag(child);
    }
  }
}
