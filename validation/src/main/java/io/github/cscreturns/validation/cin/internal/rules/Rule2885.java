package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.ChildProtectionPlan;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.Section47;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 2885: Child protection plan shown as starting a different day to the initial child protection
 * conference. DfE logic: "If present and if &lt;CPPStartDate&gt; (N00105) falls within
 * [Period_Of_Census], then the &lt;CPPStartDate&gt; (N00105) should equal either: a) a Section47 module
 * &lt;DateOfInitialCPC&gt; (N00110), or b) a CINDetails module &lt;DateOfInitialCPC&gt; (N00110) if there
 * is no associated Section 47 record."
 *
 * <p>Within each CIN episode, a plan starting in the census period whose start is none of the
 * episode's section 47 conference dates (or, in an episode with no section 47 record, not the
 * episode's own conference date) is flagged. The conference records are flagged with it when no
 * such plan of the episode starts on any of their dates: every section 47 record of the episode, or
 * the episode itself where it has none, as the DfE's portal names them.
 */
public final class Rule2885 implements CinRule {
  @Override
  public String code() {
    return "2885";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      List<ChildProtectionPlan> plans = episode.childProtectionPlans().stream()
          .filter(p -> p.startDate().filter(context::isInCensusPeriod).isPresent())
          .toList();
      if (plans.isEmpty()) {
        continue;
      }
      List<Section47> enquiries = episode.section47();
      Set<LocalDate> conferences = enquiries.isEmpty()
          ? episode.dateOfInitialCpc().stream().collect(Collectors.toSet())
          : enquiries.stream().map(Section47::dateOfInitialCpc).flatMap(Optional::stream).collect(Collectors.toSet());
      boolean anyOnAConference = false;
      for (ChildProtectionPlan plan : plans) {
        if (conferences.contains(plan.startDate().orElseThrow())) {
          anyOnAConference = true;
        } else {
          flags.flag(plan);
        }
      }
      if (!anyOnAConference) {
        if (enquiries.isEmpty()) {
          flags.flag(episode);
        } else {
          flags.flagAll(enquiries);
        }
      }
    }
  }
}
