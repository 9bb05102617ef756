package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.function.Predicate;
import java.time.LocalDate;

/**
 * 218: "Ofsted Unique reference number (URN) is required." Flags each episode in the year (open, or
 * ceasing on or after 1 April) with a blank URN whose placement type needs one (to 2023-24 H5 and P2
 * are exempt besides the placements Ofsted does not register, P1, P3, R1, R2, R5, T0–T4 and other
 * placements; from the 2024-25 redefinition they are not; in 2025-26 Z11–Z14 replace Z1) and which is not
 * known to lie outside England (Northern Irish postcode, or outside England by the postcode
 * directory when supplied).
 *
 * A placement type is exempt only in the years its code is valid (Z1 is not, from 2025-26). Episodes
 * under the respite legal statuses V3/V4 are not exempt: the DfE's logic, as the reference quotes it,
 * names none ("Where &lt;PL&gt; not in 'P1'; 'P3'; … And &lt;PL_LA&gt; not in … And &lt;DEC&gt; &gt;
 * 31/03/2015 or Null then &lt;URN&gt; should be provided"). Episodes with no placement type or an
 * unparsed DEC are left to other rules.
 */
public final class Rule218 implements Rule {
  private final Predicate<PlacementType> exempt;

  /** The definition to 2023-24: no URN needed for placements Ofsted does not register, P2 or H5. */
  public Rule218() {
    this(PlacementGroupings.NOT_OFSTED_REGISTERED_OR_INDEPENDENT_LIVING);
  }

  private Rule218(Predicate<PlacementType> exempt) {
    this.exempt = exempt;
  }

  /** The definition from 2024-25: no URN needed only for placements Ofsted does not register. */
  public static Rule218 independentLivingNoLongerExempt() {
    return new Rule218(PlacementGroupings.NOT_OFSTED_REGISTERED);
  }

  @Override
  public String code() {
    return "218";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    LocalDate yearStart = context.year().ssda903Start();
    for (Episode episode : child.episodes()) {
      PlacementType type = episode.placement().type().orElse(null);
      if (type == null
          || (exempt.test(type) && type.isValidIn(context.year()))
          || ItemPresence.isRecorded(episode.placement().urn(), episode, "URN")) {
        continue;
      }
      boolean inYear =
          EpisodeDates.isOpenEnded(episode) || episode.end().map(d -> !d.isBefore(yearStart)).orElse(false);
      if (inYear && !PlacementLocation.isOutsideEngland(episode, context)) {
        flags.flag(episode);
      }
    }
  }
}
