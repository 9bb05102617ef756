package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.function.Predicate;

/**
 * The DfE's pairing of a placement provider with the placement types it cannot provide (rules 527 to
 * 531 and 550): flags each episode with the provider whose placement type is one of them. Nothing is
 * flagged where the placement type is blank or unknown (other rules report it). Same in every year.
 */
abstract class ProviderPlacementRule implements Rule {
  private final String code;
  private final PlacementProvider provider;
  private final Predicate<PlacementType> cannotProvide;

  ProviderPlacementRule(String code, PlacementProvider provider, Predicate<PlacementType> cannotProvide) {
    this.code = code;
    this.provider = provider;
    this.cannotProvide = cannotProvide;
  }

  @Override
  public final String code() {
    return code;
  }

  /** The placement provider the rule is about. */
  final PlacementProvider provider() {
    return provider;
  }

  /** Whether the rule's provider cannot provide a placement of the type. */
  final boolean cannotProvide(PlacementType type) {
    return cannotProvide.test(type);
  }

  @Override
  public final void check(Child child, RuleContext context, Flags flags) {
    for (Episode e : child.episodes()) {
      if (e.placement().provider().filter(p -> p == provider).isPresent()
          && e.placement().type().filter(cannotProvide).isPresent()) {
        flags.flag(e);
      }
    }
  }
}
