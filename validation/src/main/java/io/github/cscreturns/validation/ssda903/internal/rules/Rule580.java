package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.MissingEpisode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 580: "Child is missing when cease being looked after but reason episode ceased not ‘E8’." Flags each
 * episode that ceased (DEC) on the child's 18th birthday, the day a missing period ended, with a
 * reason episode ceased other than E8: a child who is missing when care ends at 18 has not moved to
 * independent living or any other destination the other reasons name. Same in every year.
 */
public final class Rule580 implements Rule {
  @Override
  public String code() {
    return "580";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (MissingEpisode missing : child.missingEpisodes()) {
      Optional<LocalDate> dob = MissingFacts.dob(child, missing);
      if (missing.end().isEmpty() || dob.isEmpty() || !missing.end().get().equals(dob.get().plusYears(18))) {
        continue;
      }
      for (Episode e : child.episodes()) {
        if (e.end().equals(missing.end()) && e.reasonCeased().orElse(null) != ReasonEpisodeCeased.E8) {
          flags.flag(e);
        }
      }
    }
  }
}
