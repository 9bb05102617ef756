package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 607: "Child ceased to be looked after in the year, but mother field has not been completed." For a
 * female child (SEX 2 to 2023-24, F from the 2024-25 redefinition; the other year's code does not
 * count, as the Python validator reads it) whose MOTHER is blank, flags the
 * Header and each episode that ceased within the collection year with a reason other than X1 (the
 * child ceased to be looked after; text that is no REC code counts, as it is not X1) and a legal
 * status other than respite V3/V4.
 */
public final class Rule607 extends EveryHeaderRow {
  @Override
  public String code() {
    return "607";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    // the year's code for female: "2" to 2023-24, "F" from 2024-25 (an "F" in 2023-24 is not the year's code)
    boolean female = child.sex().map(s -> s.isFemale() && s.isValidIn(context.year())).orElse(false);
    if (!child.headerRecorded() || !female || ItemPresence.isRecorded(child.motherStatus(), child, "MOTHER")) {
      return;
    }
    for (Episode episode : child.episodes()) {
      boolean ceasedInYear = episode.end().map(d -> context.year().ssda903Contains(d)).orElse(false);
      // REC given and not X1, as the DfE asks: text that is no REC code is not X1 either
      boolean leftCare = ItemPresence.isKnownAndNot(
          episode.reasonCeased(), episode.unparsed("REC"), r -> !r.endsPeriodOfCare());
      boolean respite = episode.legalStatus().map(ls -> ls.isRespite()).orElse(false);
      if (ceasedInYear && leftCare && !respite) {
        flags.flag(child);
        flags.flag(episode);
      }
    }
  }
}
