package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * EPI (a query): "WARNING: Episodes need to be loaded for this child before further validation is
 * possible". Flags the Header of a child with neither an episode nor a care leaver (OC3) record: on the
 * DfE portal, such a child's other checks wait for episodes; here every check that can run on the data
 * given still runs. Same in every year.
 */
public final class RuleEpi implements Rule {
  @Override
  public String code() {
    return "EPI";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.headerRecorded() && child.episodes().isEmpty() && child.careLeaverCheckpoints().isEmpty()) {
      flags.flag(child);
    }
  }
}
