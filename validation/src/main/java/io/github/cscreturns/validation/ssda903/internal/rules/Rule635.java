package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.PreviousPermanence;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 635: "There are entries for date of order and local authority code where previous permanence
 * option was arranged but previous permanence code is Z1" Flags each PrevPerm record with LA_PERM or
 * DATE_PERM filled in whose PREV_PERM is left blank. Same in every year.
 *
 * <p>As the public validator reads the DfE's check ("raise an error if either LA_PERM or DATE_PERM
 * are present, yet PREV_PERM is absent"), a PREV_PERM of Z1 beside them is not flagged: the message
 * names Z1, but no DfE logic we have says otherwise, and the message alone does not outweigh the
 * check as the DfE's users meet it.
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
      if (entries && ItemPresence.isBlank(p.option(), p, "PREV_PERM")) {
        flags.flag(p);
      }
    }
  }
}
