package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;

/**
 * 625: "Date of birth of the first child is beyond the end of this reporting year or the date the child
 * ceased to be looked after." The DfE's logic, as the Python validator quotes it: "If provided
 * &lt;MC_DOB&gt; must not be &gt; &lt;COLLECTION_END&gt; or &lt;DEC&gt; of latest episode". The latest
 * episode is the one that ceased last (the latest DEC; of equal DECs the first read), as the reference
 * reads it. Flags the Header where MC_DOB is after 31 March of the year or after that DEC, and with it
 * that episode (the DfE lists DEC among the items).
 *
 * <p>A child with no episode is not checked: on the DfE portal "Episodes need to be loaded for this
 * child before further validation is possible" (EPI reports it). A child none of whose episodes has
 * ceased is still checked against 31 March: the first clause of the DfE's logic does not depend on the
 * episodes. The Python validator only looks at children with a ceased episode (see
 * docs/rule-interpretations.md).
 */
public final class Rule625 implements Rule {
  @Override
  public String code() {
    return "625";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (!child.headerRecorded() || child.motherChildDob().isEmpty() || child.episodes().isEmpty()) {
      return;
    }
    LocalDate motherChildDob = child.motherChildDob().get();
    boolean afterYearEnd = motherChildDob.isAfter(context.year().ssda903End());
    Episode latestCeased = null;
    for (Episode e : child.episodes()) {
      if (e.end().isPresent() && (latestCeased == null || e.end().get().isAfter(latestCeased.end().get()))) {
        latestCeased = e;
      }
    }
    if (latestCeased == null) {
      if (afterYearEnd) {
        flags.flag(child);
      }
      return;
    }
    if (afterYearEnd || motherChildDob.isAfter(latestCeased.end().get())) {
      flags.flag(child);
      flags.flag(latestCeased);
    }
  }
}
