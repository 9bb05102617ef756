package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 1010: "This child has no episodes loaded for current year even though there was an open episode of
 * care at the end of the previous year, and care leaver data has been entered." Flags every OC3
 * record of a young person with no episode this year whose latest episode last year (the latest DECOM
 * that names a day; of equally late ones, the last as read) has a blank DEC: still looked after at
 * the end of last year.
 */
public final class Rule1010 extends CareLeaverEpisodesRule {
  @Override
  public String code() {
    return "1010";
  }

  @Override
  boolean notBorneOut(Child child, List<Episode> lastYears, RuleContext context) {
    if (!child.episodes().isEmpty()) {
      return false;
    }
    Episode latest = null;
    LocalDate latestStart = null;
    for (Episode e : lastYears) {
      Optional<LocalDate> start = LastYearsReturn.startOf(e);
      if (start.isPresent() && (latest == null || !start.get().isBefore(latestStart))) {
        latest = e;
        latestStart = start.get();
      }
    }
    return latest != null && ItemPresence.isBlank(latest.end(), latest, "DEC");
  }
}
