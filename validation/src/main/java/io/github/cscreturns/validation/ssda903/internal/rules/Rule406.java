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
 *
 * <p>The public validator differs on CSV returns: it marks Header rows UASC by position after merging
 * with the UASC table, so once a child has two UASC rows later children take a neighbour's flag. We
 * follow the DfE's "If <UASC> = '1' or <COLLECTION YEAR> - 1 <UASC> = '1' … Then <PL_DISTANCE> should
 * not be provided": the child's own status (see docs/rule-interpretations.md).
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
