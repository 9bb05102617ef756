package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;

/**
 * 210: "Children looked after for more than a week at 31 March should not have an unknown Unique Pupil
 * Number (UPN) code of UN4." The DfE's logic: "If <UPN> = 'UN4' then no episode <DECOM> must be >=
 * 24/03/YYYY" (YYYY the year of the collection's end). Flags the Header with UPN UN4 and each episode
 * starting on or after 24 March of the year's end, as the DfE portal does (the public Python validator
 * that mirrors it quotes and implements that logic).
 *
 * <p>We used to read the message instead (a period of care open at 31 March that started before 24
 * March), which does not outweigh the DfE's logic (docs/conformance-analysis.md).
 */
public final class Rule210 implements Rule {
  private static final int NEWLY_LOOKED_AFTER_REASON = 4;

  @Override
  public String code() {
    return "210";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (!child.headerRecorded()) {
      return;
    }
    boolean un4 = child.upn().flatMap(u -> u.unknownReason()).map(n -> n == NEWLY_LOOKED_AFTER_REASON).orElse(false);
    if (!un4) {
      return;
    }
    LocalDate lastWeek = context.year().ssda903End().minusDays(7);
    for (Episode episode : child.episodes()) {
      if (episode.start().map(d -> !d.isBefore(lastWeek)).orElse(false)) {
        flags.flag(child);
        flags.flag(episode);
      }
    }
  }
}
