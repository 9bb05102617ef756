package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.ReferenceData.PostcodeDirectory;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * 164: "Distance is not valid. Please check a valid postcode has been entered." PL_DISTANCE is not
 * collected: it is the distance in miles between the child's home (HOME_POST) and the placement
 * (PL_POST), derived from the postcode directory. The DfE: "If not (<UASC> = '1' or <COLLECTION_YEAR>
 * -1 <UASC> = '1' or <COLLECTION_YEAR> -2 <UASC> = '1') and if <LS> not = 'V3' or 'V4' then
 * <PL_DISTANCE> must be between '0.0' and '999.9' Note: <PL_DISTANCE> is a calculated value based on
 * Postcode."
 *
 * <p>Flags each episode, other than under respite legal statuses V3/V4, whose derived distance lies
 * outside 0.0–999.9 miles. Where no distance can be derived (a postcode blank or unknown to the
 * directory) there is no PL_DISTANCE to check: 392a reports that ("no distance is recorded"), and
 * 392c the invalid postcode. Children recorded as UASC in this return or the previous one (when
 * supplied) are left out; the DfE also looks two years back, which a single previous return cannot.
 * With the ONS directory no two UK postcodes are 999.9 miles apart, so the rule fires only for a
 * directory that gives such distances.
 */
public final class Rule164 implements Rule {
  private static final double MAX_MILES = 999.9;

  @Override
  public String code() {
    return "164";
  }

  @Override
  public Set<Requirement> requirements() {
    return Set.of(Requirement.POSTCODE_DIRECTORY);
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    Optional<PostcodeDirectory> directory = context.referenceData().postcodes();
    if (directory.isEmpty()
        || UascStatus.isRecordedAsUasc(child)
        || context.previous().map(UascStatus::isRecordedAsUasc).orElse(false)) {
      return;
    }
    for (Episode episode : child.episodes()) {
      if (episode.legalStatus().map(ls -> ls.isRespite()).orElse(false)) {
        continue;
      }
      Optional<Postcode> home = episode.homePostcode();
      Optional<Postcode> placement = episode.placement().postcode();
      if (home.isEmpty() || placement.isEmpty()) {
        continue;
      }
      OptionalDouble miles = directory.get().distanceMiles(home.get(), placement.get());
      if (miles.isPresent() && (miles.getAsDouble() < 0.0 || miles.getAsDouble() > MAX_MILES)) {
        flags.flag(episode);
      }
    }
  }
}
