package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.Urn;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Optional;
import java.util.Set;

/**
 * A rule that holds an episode against what Ofsted's provider lists say of its URN: each episode
 * whose URN is provided and is not the placeholder XXXXXXX ({@link UrnLookup#checkedUrn}) is judged
 * by {@link #isFlagged}; episodes without such a URN are left alone. Needs the provider lists (a rule
 * needing more, as 229 the postcode directory and the LA, adds them): without them the rule is
 * skipped with that reason.
 */
abstract class ProviderEpisodeRule implements Rule {
  @Override
  public Set<Requirement> requirements() {
    return Set.of(Requirement.PROVIDER_DIRECTORY);
  }

  @Override
  public final void check(Child child, RuleContext context, Flags flags) {
    if (!UrnLookup.available(context)) {
      return;
    }
    for (Episode e : child.episodes()) {
      Optional<Urn> urn = UrnLookup.checkedUrn(e);
      if (urn.isPresent() && isFlagged(e, urn.get(), context)) {
        flags.flag(e);
      }
    }
  }

  /**
   * Whether the episode, whose URN is provided and not the placeholder, breaks the rule.
   *
   * @param episode the episode
   * @param urn its URN
   * @param context the rule's context, holding the provider lists
   * @return whether the episode is flagged
   */
  abstract boolean isFlagged(Episode episode, Urn urn, RuleContext context);
}
