package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.CinRecord;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A rule of the DfE's form "Where present, the &lt;date&gt; should (or must) be on or after the
 * &lt;CINreferralDate&gt; (N00100)": each of an episode's modules of one kind whose date is before
 * the episode's own referral date is flagged with the episode. A missing date on either side leaves
 * nothing to compare.
 *
 * @param <R> the kind of module dated
 */
abstract class BeforeReferralRule<R extends CinRecord> implements CinRule {
  @Override
  public final void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      if (episode.referralDate().isEmpty()) {
        continue;
      }
      LocalDate referral = episode.referralDate().get();
      for (R module : modules(episode)) {
        if (date(module).filter(d -> d.isBefore(referral)).isPresent()) {
          flags.flag(episode);
          flags.flag(module);
        }
      }
    }
  }

  /**
   * The episode's modules whose date the rule compares.
   *
   * @param episode the CIN episode
   * @return its modules of the rule's kind
   */
  abstract List<R> modules(CinDetails episode);

  /**
   * The module's date that must not be before the referral.
   *
   * @param module the module
   * @return its date, if it has one
   */
  abstract Optional<LocalDate> date(R module);
}
