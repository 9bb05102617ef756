package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.ReferenceData.PostcodeDirectory;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Optional;

/**
 * 392c: "Postcode(s) provided are invalid." Flags each episode whose home postcode (HOME_POST) or
 * placement postcode (PL_POST) is given but is not a postcode. With a postcode directory (the DfE's
 * tool has one, and so does the public Python validator), a postcode is valid when the directory
 * holds it, case and spacing aside: so a well-formed postcode that does not exist ("XX1 1XX") and a
 * partial one are invalid. Without a directory only the form can be checked: a full postcode or the
 * DfE's partial form (outward code and first inward character) passes. Same in every year.
 */
public final class Rule392c implements Rule {
  @Override
  public String code() {
    return "392c";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    Optional<PostcodeDirectory> directory = context.referenceData().postcodes();
    for (Episode e : child.episodes()) {
      if (isInvalid(e, e.homePostcode(), "HOME_POST", directory) || isInvalid(e, e.placement().postcode(), "PL_POST", directory)) {
        flags.flag(e);
      }
    }
  }

  private static boolean isInvalid(Episode e, Optional<Postcode> postcode, String item, Optional<PostcodeDirectory> directory) {
    if (postcode.isPresent()) {
      Postcode p = postcode.get();
      return directory.map(d -> !d.holds(p)).orElse(!p.isWellFormed() && !p.isPartial());
    }
    return e.unparsed(item).isPresent();
  }
}
