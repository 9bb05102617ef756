package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.Section47;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.time.LocalDate;
import java.util.List;

/**
 * 2884: An initial child protection conference is recorded at both the S47 and CIN Details level and
 * it should only be recorded in one. The DfE publishes no logic text for this rule; its message and
 * items read: "A DateOfInitialCPC on CINdetails must not also be recorded as a Section47
 * DateOfInitialCPC for the same child."
 *
 * <p>One conference is one date: an episode's DateOfInitialCPC equal to the DateOfInitialCPC of a
 * section 47 enquiry of the child (of any episode) is the same conference recorded twice. Flags the
 * episode and the enquiry.
 */
public final class Rule2884 implements CinRule {
  @Override
  public String code() {
    return "2884";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    List<Section47> enquiries = child.cinDetails().stream().flatMap((CinDetails d) -> d.section47().stream()).toList();
    for (CinDetails episode : child.cinDetails()) {
      LocalDate conference = episode.dateOfInitialCpc().orElse(null);
      if (conference == null) {
        continue;
      }
      for (Section47 enquiry : enquiries) {
        if (enquiry.dateOfInitialCpc().filter(conference::equals).isPresent()) {
          flags.flag(episode);
          flags.flag(enquiry);
        }
      }
    }
  }
}
