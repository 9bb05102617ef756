package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.function.Predicate;

/**
 * A rule setting the youngest age for a type of placement (rules 370–374): flags each ceased episode
 * in such a placement that starts (DECOM) before the child has reached the age. Episodes without a
 * start date, and children without a date of birth, cannot be judged and are not flagged; an episode
 * starting before the child's DOB is flagged (the child was not yet of the age), as the reference the
 * DfE's checks are mirrored by flags it.
 *
 * <p>As the DfE portal judges it (the public Python validator that mirrors it judges episodes with a
 * DECOM, a DEC and the child's DOB), an open episode (no DEC, or a DEC that is not a date) is not
 * judged. We used to judge open episodes too, on a reading of the message alone, which does not
 * outweigh the DfE's logic as the portal implements it (docs/conformance-analysis.md).
 */
abstract class MinimumAgeInPlacementRule implements Rule {
  private final String code;
  private final Predicate<PlacementType> placements;
  private final int minimumAge;

  /** A rule that children in {@code placements} must be at least {@code minimumAge} when the episode starts. */
  MinimumAgeInPlacementRule(String code, Predicate<PlacementType> placements, int minimumAge) {
    this.code = code;
    this.placements = placements;
    this.minimumAge = minimumAge;
  }

  @Override
  public final String code() {
    return code;
  }

  /** The youngest age the rule's definition accepts. */
  final int minimumAge() {
    return minimumAge;
  }

  @Override
  public final void check(Child child, RuleContext context, Flags flags) {
    for (Episode episode : child.episodes()) {
      if (episode.start().isEmpty() || episode.end().isEmpty() || !episode.placement().type().filter(placements).isPresent()) {
        continue;
      }
      boolean beforeBirth = child.dob().map(dob -> episode.start().get().isBefore(dob)).orElse(false);
      if (beforeBirth || child.ageOn(episode.start().get()).filter(age -> age < minimumAge).isPresent()) {
        flags.flag(episode);
      }
    }
  }
}
