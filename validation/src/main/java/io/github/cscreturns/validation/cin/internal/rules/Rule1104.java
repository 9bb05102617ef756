package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.Section47;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 1104: The date of the initial child protection conference cannot be before the referral date. DfE
 * logic: "Where present, the &lt;DateOfInitialCPC&gt; (N00110) should be on or after
 * &lt;CINreferralDate&gt; (N00100)".
 *
 * <p>The conference date of each section 47 enquiry against its episode's referral. Flags the
 * episode and the enquiry.
 */
public final class Rule1104 extends BeforeReferralRule<Section47> {
  @Override
  public String code() {
    return "1104";
  }

  @Override
  List<Section47> modules(CinDetails episode) {
    return episode.section47();
  }

  @Override
  Optional<LocalDate> date(Section47 module) {
    return module.dateOfInitialCpc();
  }
}
