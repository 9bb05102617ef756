package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.PreviousPermanence;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 634: "There are entries for previous permanence options, but child has not started to be looked
 * after from 1 April 2016 onwards." Flags each PrevPerm record with PREV_PERM, LA_PERM or DATE_PERM
 * filled in, and every episode, of a child whose episodes all start (DECOM) before 1 April 2016. A
 * child without dated episodes is left to other rules. Same in every year.
 *
 * <p>The public validator compares with 1 April of the collection year instead, and so flags every
 * child looked after since before this year who has a PrevPerm record; the DfE's message and logic
 * ("at least 1 episode must have a DECOM later than 01/04/2016") name 1 April 2016.
 */
public final class Rule634 implements Rule {
  /** From this day on, a child starting to be looked after has previous permanence returned. */
  static final LocalDate PREVIOUS_PERMANENCE_COLLECTED_FROM = LocalDate.of(2016, 4, 1);

  @Override
  public String code() {
    return "634";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.previousPermanence().isEmpty()) {
      return;
    }
    Optional<Episode> latest = AdoptionEpisodes.latest(child, e -> true);
    if (latest.isEmpty() || !latest.get().start().get().isBefore(PREVIOUS_PERMANENCE_COLLECTED_FROM)) {
      return;
    }
    for (PreviousPermanence p : child.previousPermanence()) {
      if (ItemPresence.isRecorded(p.option(), p, "PREV_PERM")
          || ItemPresence.isRecorded(p.arrangingLa(), p, "LA_PERM")
          || ItemPresence.isRecorded(p.date(), p, "DATE_PERM")) {
        flags.flag(p);
        flags.flagAll(child.episodes());
      }
    }
  }
}
