package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * 199: "Episode information shows child has been previously adopted from care." Flags each episode
 * of this year that starts (by DECOM, in date order) after an episode that ceased with adoption
 * (REC E11 or E12), including a second adoption; the first adoption episode itself is fine.
 *
 * <p>The previous year's episodes are used where the previous return was supplied, so an adoption
 * recorded last year is seen; without it the rule still runs on this year's episodes (as the DfE
 * tool does: "this only tests the current and previous year data loaded"), so it declares no
 * requirement. Episodes without a start date are left out. Of a this year's and a last year's episode
 * starting the same day, this year's counts as the earlier (an episode carried over from last year
 * with its adoption is then this year's first adoption, not a second one).
 */
public final class Rule199 implements Rule {
  @Override
  public String code() {
    return "199";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    Map<Episode, Boolean> current = new IdentityHashMap<>();
    List<Episode> all = new ArrayList<>();
    for (Episode e : child.episodesInDateOrder()) {
      all.add(e);
      current.put(e, Boolean.TRUE);
    }
    context.previous().ifPresent(p -> all.addAll(p.episodesInDateOrder()));
    // Stable: for equal dates this year's records come first, as the reference orders them.
    all.sort(Comparator.comparing((Episode e) -> e.start().orElse(LocalDate.MIN)));
    boolean adopted = false;
    for (Episode e : all) {
      if (adopted && current.containsKey(e)) {
        flags.flag(e);
      }
      if (e.reasonCeased().map(r -> r.isAdoption()).orElse(false)) {
        adopted = true;
      }
    }
  }
}
