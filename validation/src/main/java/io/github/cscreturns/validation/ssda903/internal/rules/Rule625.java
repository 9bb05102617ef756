package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;

/**
 * 625: "Date of birth of the first child is beyond the end of this reporting year or the date the child
 * ceased to be looked after." The DfE's logic: "If provided <MC_DOB> must not be > <COLLECTION_END> or
 * <DEC> of latest episode". The latest episode is the one with the latest DEC, as the DfE portal
 * takes it (the public Python validator that mirrors it does); when MC_DOB is after 31 March of the
 * year or after that DEC, the Header and that episode are flagged.
 *
 * <p>A child with no ceased episode has no such episode; the portal then flags nothing, but the DfE's
 * logic still asks that MC_DOB not be after the collection end, so we flag the Header (a departure
 * kept, with that text).
 */
public final class Rule625 implements Rule {
  @Override
  public String code() {
    return "625";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (!child.headerRecorded() || child.motherChildDob().isEmpty()) {
      return;
    }
    LocalDate motherChildDob = child.motherChildDob().get();
    boolean afterYearEnd = motherChildDob.isAfter(context.year().ssda903End());
    Episode latest = null;
    for (Episode episode : child.episodes()) {
      if (episode.end().isPresent() && (latest == null || episode.end().get().isAfter(latest.end().get()))) {
        latest = episode;
      }
    }
    if (latest == null) {
      if (afterYearEnd) {
        flags.flag(child);
      }
      return;
    }
    if (afterYearEnd || motherChildDob.isAfter(latest.end().get())) {
      flags.flag(child);
      flags.flag(latest);
    }
  }
}
