package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.ChildProtectionPlan;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.Section47;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinReturnRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 2883: There are more child protection plans starting than initial conferences taking place. DfE
 * logic: "Within a Local Authority, count the number of &lt;CPPStartDate&gt; (N00105) where a date is
 * present and within [Period_of_Census]. This value should be less than or equal to the sum of: a) the
 * count of &lt;DateOfInitialCPC&gt; (N00110) on CIN Details module where a date is present and within
 * [Period_of_Census], plus b) the count of &lt;DateOfInitialCPC&gt; on the S47 module where a date is
 * present and within [Period_of_Census]."
 *
 * <p>Judges the whole return: flags the return, naming no record.
 */
public final class Rule2883 implements CinReturnRule {
  @Override
  public String code() {
    return "2883";
  }

  @Override
  public Accumulator newAccumulator(CinRuleContext context) {
    return new Accumulator() {
      private long planStarts;
      private long conferences;

      @Override
      public void accept(CinChild child) {
        for (CinDetails episode : child.cinDetails()) {
          conferences += inPeriod(episode.dateOfInitialCpc());
          for (Section47 enquiry : episode.section47()) {
            conferences += inPeriod(enquiry.dateOfInitialCpc());
          }
          for (ChildProtectionPlan plan : episode.childProtectionPlans()) {
            planStarts += inPeriod(plan.startDate());
          }
        }
      }

      private int inPeriod(Optional<LocalDate> date) {
        return date.filter(context::isInCensusPeriod).isPresent() ? 1 : 0;
      }

      @Override
      public void finish(CinFlags flags) {
        if (planStarts > conferences) {
          flags.flagReturn();
        }
      }
    };
  }
}
