package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.MissingEpisode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 586: "Dates of missing periods are before child’s date of birth." Flags each missing record whose
 * MIS_START is on or before the child's date of birth (the DOB on the Missing row where it differs
 * from the Header's, else the Header's): a child cannot go missing on the day of birth either. Same in
 * every year.
 */
public final class Rule586 implements Rule {
  @Override
  public String code() {
    return "586";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (MissingEpisode missing : child.missingEpisodes()) {
      Optional<LocalDate> dob = MissingFacts.dob(child, missing);
      if (missing.start().isPresent() && dob.isPresent() && !missing.start().get().isAfter(dob.get())) {
        flags.flag(missing);
      }
    }
  }
}
