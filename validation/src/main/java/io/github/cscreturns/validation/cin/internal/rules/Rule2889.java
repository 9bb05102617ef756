package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.Section47;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 2889: The S47 start date cannot be before the referral date. DfE logic: "Where present, the
 * &lt;S47ActualStartDate&gt; (N00148) should be on or after the &lt;CINReferralDate&gt; (N00100)".
 *
 * <p>Flags the episode and the enquiry.
 */
public final class Rule2889 extends BeforeReferralRule<Section47> {
  @Override
  public String code() {
    return "2889";
  }

  @Override
  List<Section47> modules(CinDetails episode) {
    return episode.section47();
  }

  @Override
  Optional<LocalDate> date(Section47 module) {
    return module.startDate();
  }
}
