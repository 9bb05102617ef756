package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.codesets.cin.Disability;
import io.github.cscreturns.core.cin.ChildDisability;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinReturnRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.util.EnumSet;
import java.util.Set;

/**
 * 2887Q: Less than 8 disability codes have been used in your return. DfE logic: "Excluding children
 * where &lt;Disability&gt; (N00099) is ‘NONE’, the number of different disability codes used by a LA
 * should be more than 7."
 *
 * <p>Counted are the different codes of the year's Disability codeset written anywhere in the return,
 * NONE left out (text that is not a code is no disability code). A return-level query: the return is
 * flagged as a whole.
 */
public final class Rule2887Q implements CinReturnRule {
  private static final int FEWEST_EXPECTED = 8;

  @Override
  public String code() {
    return "2887Q";
  }

  @Override
  public Accumulator newAccumulator(CinRuleContext context) {
    return new Accumulator() {
      private final Set<Disability> used = EnumSet.noneOf(Disability.class);

      @Override
      public void accept(CinChild child) {
        for (ChildDisability d : child.disabilities()) {
          d.disability()
              .filter(c -> c != Disability.NO_DISABILITY && c.isValidIn(context.year()))
              .ifPresent(used::add);
        }
      }

      @Override
      public void finish(CinFlags flags) {
        if (used.size() < FEWEST_EXPECTED) {
          flags.flagReturn();
        }
      }
    };
  }
}
