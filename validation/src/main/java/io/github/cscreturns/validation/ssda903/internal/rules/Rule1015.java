package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.function.Predicate;
import java.util.Optional;
import java.util.Set;

/**
 * 1015: "Placement provider is own provision but child not placed in own LA." PL_LA is derived from the
 * placement postcode, so the rule needs a postcode directory, and it compares it with the returning
 * LA. Flags each episode with provider PR1 (own provision), a legal status other than V3/V4 and a
 * placement type for which own provision outside the LA is not expected (not foster U1–U6 or placed
 * for adoption A3–A6; from 2025-26 not K3 either, registered with {@link #supportedAccommodationToo})
 * whose placement postcode lies in another LA. The DfE's rule list records no redefinition of 1015;
 * the 2025-26 K3 exemption is the public validator's 2025-26 definition, kept as a departure.
 *
 * <p>Needs the returning LA and a postcode directory (skipped without either). As the DfE derives
 * PL_LA from the placement postcode, an episode whose placement LA cannot be derived (postcode blank,
 * not a postcode, or one the directory does not know) has no PL_LA, which is not the returning LA, so
 * it is flagged too, as the public validator does.
 */
public final class Rule1015 implements Rule {
  private final Predicate<PlacementType> mayBeOutsideLa;

  /** The definition to 2024-25: foster placements and placements for adoption may lie outside the LA. */
  public Rule1015() {
    this(PlacementGroupings.CARERS_MAY_LIVE_ANYWHERE);
  }

  private Rule1015(Predicate<PlacementType> mayBeOutsideLa) {
    this.mayBeOutsideLa = mayBeOutsideLa;
  }

  /** The 2025-26 definition: registered supported accommodation (K3) may lie outside the LA too. */
  public static Rule1015 supportedAccommodationToo() {
    return new Rule1015(PlacementGroupings.CARERS_MAY_LIVE_ANYWHERE_OR_SUPPORTED_ACCOMMODATION);
  }

  @Override
  public String code() {
    return "1015";
  }

  @Override
  public Set<Requirement> requirements() {
    return Set.of(Requirement.POSTCODE_DIRECTORY, Requirement.RETURNING_LA);
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    Optional<LaCode> own = context.la();
    if (own.isEmpty()) {
      return;
    }
    for (Episode e : child.episodes()) {
      boolean ownProvision = e.placement().provider().filter(p -> p == PlacementProvider.PR1).isPresent();
      if (!ownProvision || ItemPresence.isBlank(e.legalStatus(), e, "LS") || EpisodeItems.isRespite(e)) {
        continue;
      }
      // any PLACE given, a code of another year too, but for those whose carers or homes may lie anywhere
      boolean checked = ItemPresence.isRecorded(e.placement().type(), e, "PLACE")
          && e.placement().type().filter(mayBeOutsideLa).isEmpty();
      if (!checked) {
        continue;
      }
      Optional<LaCode> placedIn = EpisodeItems.placementLa(e, context);
      if (placedIn.isEmpty() || !placedIn.get().value().equals(own.get().value())) {
        flags.flag(e);
      }
    }
  }
}
