package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.CareLeaverCheckpoint;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.List;

/**
 * 1014: "UASC information is not required for care leavers" Where a child with a UASC record and
 * episodes in the return was not looked after during the year (no episode started by 31 March and
 * ceased on or after 1 April, or has no date it ceased) and has an OC3 record with IN_TOUCH, ACTIV or ACCOM
 * filled in, flags the UASC records and those OC3 records.
 */
public final class Rule1014 implements Rule {
  @Override
  public String code() {
    return "1014";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.uasc().isEmpty() || child.episodes().isEmpty() || lookedAfterDuringYear(child.episodes(), context.year())) {
      return;
    }
    List<CareLeaverCheckpoint> careLeaver =
        child.careLeaverCheckpoints().stream().filter(CareLeaverItems::anyRecorded).toList();
    if (careLeaver.isEmpty()) {
      return;
    }
    flags.flagAll(child.uasc());
    flags.flagAll(careLeaver);
  }

  private static boolean lookedAfterDuringYear(List<Episode> episodes, CollectionYear year) {
    for (Episode e : episodes) {
      boolean startedByYearEnd = e.start().map(d -> !d.isAfter(year.ssda903End())).orElse(false);
      boolean notCeasedBeforeYear =
          e.end().map(d -> !d.isBefore(year.ssda903Start())).orElse(true);
      if (startedByYearEnd && notCeasedBeforeYear) {
        return true;
      }
    }
    return false;
  }
}
