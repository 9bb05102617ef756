package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.Urn;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Optional;
import java.util.Set;

/**
 * 1008: "Ofsted Unique Reference Number (URN) is not valid." Needs Ofsted's provider lists. Flags
 * each episode whose URN is provided, is not the placeholder XXXXXXX, and is on none of the lists
 * given (children's homes, social care providers, current or closed). Same in every year.
 */
public final class Rule1008 implements Rule {
  @Override
  public String code() {
    return "1008";
  }

  @Override
  public Set<Requirement> requirements() {
    return Set.of(Requirement.PROVIDER_DIRECTORY);
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (!UrnLookup.available(context)) {
      return;
    }
    for (Episode e : child.episodes()) {
      Optional<Urn> urn = UrnLookup.checkedUrn(e);
      if (urn.isPresent() && !UrnLookup.directory(context).isKnown(urn.get())) {
        flags.flag(e);
      }
    }
  }
}
