package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.MissingEpisode;

/**
 * INT13: "Internal Check: DOB in Missing is different to DOB in Header." Flags a missing record whose
 * own DOB is a date other than the Header's DOB. Same in every year.
 *
 * <p>Where the Header gives the child twice, the row's DOB is judged against each Header row
 * ({@link HeaderDobEveryRow}).
 */
public final class RuleInt13 extends HeaderDobEveryRow<MissingEpisode> {
  public RuleInt13() {
    super("INT13", Child::missingEpisodes, MissingEpisode::dob);
  }
}
