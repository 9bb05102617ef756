package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.ChildDisability;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.util.List;

/**
 * 8540: Child’s disability is missing or invalid (see Disability table). DfE logic: "If
 * &lt;PersonBirthDate&gt; (N00066) is present and at least one &lt;ReferralNFA&gt; (N00112) is false or
 * 0, then one or more instances of &lt;Disability&gt; (N00099) must be present," and, as the message
 * says, valid.
 *
 * <p>For a born child with an episode that went on to further action, the rule flags the
 * ChildIdentifiers, each such CINdetails, and each Disability that is not a code of the year; or, where
 * there is no Disability at all, the ChildIdentifiers and those CINdetails.
 */
public final class Rule8540 implements CinRule {
  @Override
  public String code() {
    return "8540";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    if (child.identifiers().birthDate().isEmpty()) {
      return;
    }
    List<CinDetails> furtherAction = child.cinDetails().stream().filter(ReferralNfa::isFalse).toList();
    if (furtherAction.isEmpty()) {
      return;
    }
    List<ChildDisability> invalid =
        child.disabilities().stream().filter(d -> d.disability().filter(c -> c.isValidIn(context.year())).isEmpty()).toList();
    if (child.disabilities().isEmpty() || !invalid.isEmpty()) {
      flags.flag(child.identifiers());
      flags.flagAll(furtherAction);
      flags.flagAll(invalid);
    }
  }
}
