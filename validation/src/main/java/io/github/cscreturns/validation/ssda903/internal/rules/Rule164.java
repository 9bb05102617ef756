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
 * (PL_POST), derived from the postcode directory, and must lie between 0.0 and 999.9.
 *
 * <p>Flags each episode, other than under respite legal statuses V3/V4, whose two postcodes are
 * both given but whose distance the directory cannot compute (a postcode it does not know) or is out
 * of range. Children recorded as UASC in this return or the previous one (when supplied) are left
 * out, as the DfE asks (their home postcode is often unknown); the DfE also looks two years back,
 * which a single previous return cannot, so formerly UASC children may still be reported. A blank
 * postcode is left to the rules on those items. The public validator flags only a computed distance
 * out of range, which a directory never yields; we follow the DfE's message, which is about the
 * postcodes.
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
      if (miles.isEmpty() || miles.getAsDouble() < 0.0 || miles.getAsDouble() > MAX_MILES) {
        flags.flag(episode);
      }
    }
  }
}
