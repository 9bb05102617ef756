package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PreviousPermanenceOption;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.PreviousPermanence;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 635: "There are entries for date of order and local authority code where previous permanence
 * option was arranged but previous permanence code is Z1" Flags each PrevPerm record with LA_PERM or
 * DATE_PERM filled in whose PREV_PERM is Z1 (no previous permanence option) or blank. Same in every
 * year.
 *
 * <p>The public validator flags a blank PREV_PERM only; the DfE's message names Z1, so we flag both.
 */
public final class Rule635 implements Rule {
  @Override
  public String code() {
    return "635";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (PreviousPermanence p : child.previousPermanence()) {
      boolean entries =
          ItemPresence.isRecorded(p.arrangingLa(), p, "LA_PERM") || ItemPresence.isRecorded(p.date(), p, "DATE_PERM");
      boolean noOption =
          p.option().filter(o -> o == PreviousPermanenceOption.Z1).isPresent() || ItemPresence.isBlank(p.option(), p, "PREV_PERM");
      if (entries && noOption) {
        flags.flag(p);
      }
    }
  }
}
