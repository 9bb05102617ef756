package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.core.ssda903.CareLeaverCheckpoint;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.List;

/**
 * 1011: "This child is recorded as having his/her care transferred to another local authority for the
 * final episode and therefore should not have the care leaver information completed." Flags each OC3
 * record with IN_TOUCH, ACTIV or ACCOM filled in of a child whose latest-starting episode ceased with
 * care transferred to another local authority (REC E3).
 */
public final class Rule1011 implements Rule {
  @Override
  public String code() {
    return "1011";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    List<Episode> dated = child.episodesInDateOrder();
    if (child.careLeaverCheckpoints().isEmpty() || dated.isEmpty()) {
      return;
    }
    Episode last = dated.get(dated.size() - 1);
    for (Episode e : dated) {
      // the first of equally latest starts, as DfE's "final episode" is read by start date
      if (e.start().equals(last.start())) {
        last = e;
        break;
      }
    }
    if (last.reasonCeased().orElse(null) != ReasonEpisodeCeased.E3) {
      return;
    }
    for (CareLeaverCheckpoint oc3 : child.careLeaverCheckpoints()) {
      if (CareLeaverItems.anyRecorded(oc3)) {
        flags.flag(oc3);
      }
    }
  }
}
