package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.List;

/**
 * 625: "Date of birth of the first child is beyond the end of this reporting year or the date the child
 * ceased to be looked after." Flags the Header where MC_DOB is after 31 March of the year, or after the
 * DEC of the child's latest episode (by DECOM) when that episode has ceased — then that episode too.
 *
 * <p>The public validator compares with the latest DEC of any episode, even when a later episode is
 * still open, and skips children with no ceased episode; we follow the DfE's message: the date the
 * child ceased to be looked after, and the year end for everyone.
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
    if (motherChildDob.isAfter(context.year().ssda903End())) {
      flags.flag(child);
    }
    List<Episode> dated = child.episodesInDateOrder();
    if (dated.isEmpty()) {
      return;
    }
    Episode latest = dated.get(dated.size() - 1);
    if (latest.end().map(motherChildDob::isAfter).orElse(false)) {
      flags.flag(child);
      flags.flag(latest);
    }
  }
}
