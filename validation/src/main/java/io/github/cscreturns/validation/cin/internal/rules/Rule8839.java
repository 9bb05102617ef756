package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.Section47;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.util.List;

/**
 * 8839: Within one CINDetails group there are 2 or more open S47 Assessments. DfE logic: "Within one
 * &lt;CINdetails&gt; group, there must be only one &lt;Section47&gt; group that has no
 * &lt;DateOfInitialCPC&gt; (N00110) recorded OR &lt;Section47&gt; group that has a missing
 * &lt;DateOfInitialCPC&gt; (N00110) and the &lt;ICPCnotRequired&gt; (N00111) flag is not true".
 *
 * <p>An open enquiry has no conference date and ICPCnotRequired not true. Flags the open enquiries of
 * an episode that has more than one.
 */
public final class Rule8839 implements CinRule {
  @Override
  public String code() {
    return "8839";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      List<Section47> open = episode.section47().stream().filter(Section47Enquiries::isOngoing).toList();
      if (open.size() > 1) {
        flags.flagAll(open);
      }
    }
  }
}
