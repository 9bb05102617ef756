package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * 389: "Reason episode ceased is that child transferred to care of adult social care services, but
 * child is aged under 16." Flags each episode that ceased with REC E7 (transferred to residential
 * care funded by adult social care services) unless its DEC and the child's DOB show the child 16 or
 * over on that day: an E7 episode without a DEC, or of a child without a DOB, is flagged too, as the
 * DfE portal does (the public Python validator that mirrors it flags unless DOB + 16 years is on or
 * before DEC).
 *
 * <p>We used to leave such episodes to the date rules, on a reading of the message alone, which does
 * not outweigh the DfE's logic as the portal implements it (docs/conformance-analysis.md).
 */
public final class Rule389 implements Rule {
  private static final int MINIMUM_AGE = 16;

  @Override
  public String code() {
    return "389";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    Optional<LocalDate> dob = child.dob();
    for (Episode episode : child.episodes()) {
      if (episode.reasonCeased().orElse(null) != ReasonEpisodeCeased.E7) {
        continue;
      }
      boolean shownSixteen =
          dob.isPresent() && episode.end().isPresent() && ChronoUnit.YEARS.between(dob.get(), episode.end().get()) >= MINIMUM_AGE;
      if (!shownSixteen) {
        flags.flag(episode);
      }
    }
  }
}
