package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Set;

/**
 * 406: "Child is Unaccompanied Asylum-Seeking Child (UASC) or was formerly UASC. Distance should be
 * blank." PL_DISTANCE is derived from the postcodes, so the rule needs a postcode directory. For a
 * child who is UASC this year (header flag or UASC table row) or was last year, flags each episode for
 * which a distance can be derived (both postcodes given and known). UASC status two years ago is not
 * available to the rule, so such children are not checked. Same in every year.
 */
public final class Rule406 implements Rule {
  @Override
  public String code() {
    return "406";
  }

  @Override
  public Set<Requirement> requirements() {
    return Set.of(Requirement.POSTCODE_DIRECTORY);
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (!EpisodeItems.isUascOrFormerlyUasc(child, context)) {
      return;
    }
    for (Episode e : child.episodes()) {
      if (EpisodeItems.distanceMiles(e, context).isPresent()) {
        flags.flag(e);
      }
    }
  }
}
