package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Optional;

/**
 * 392c: "Postcode(s) provided are invalid." Flags each episode whose home postcode (HOME_POST) or
 * placement postcode (PL_POST) is given but is not a postcode: neither a full postcode nor the DfE's
 * partial form (outward code and first inward character). The DfE's tool also rejects well-formed
 * postcodes that do not exist; the rule checks the form only, so it needs no reference data. Same in
 * every year.
 */
public final class Rule392c implements Rule {
  @Override
  public String code() {
    return "392c";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode e : child.episodes()) {
      if (isInvalid(e, e.homePostcode(), "HOME_POST") || isInvalid(e, e.placement().postcode(), "PL_POST")) {
        flags.flag(e);
      }
    }
  }

  private static boolean isInvalid(Episode e, Optional<Postcode> postcode, String item) {
    if (postcode.isPresent()) {
      Postcode p = postcode.get();
      return !p.isWellFormed() && !p.isPartial();
    }
    return e.unparsed(item).isPresent();
  }
}
