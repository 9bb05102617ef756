package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.SocialWorkerEpisode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.List;

/**
 * SW01STG1: "Child looked after on 31 March, but no social worker episode information is reported".
 * The DfE's logic, as the Python validator quotes it: "If &lt;CLA_AT_31_MARCH&gt; then at least one
 * instance of each of the following items should be provided: &lt;SW_ID&gt;, &lt;SW_DECOM&gt;,
 * &lt;SW_REASON&gt;", a child being looked after at 31 March when "&lt;DEC&gt; of the current episode is
 * null and &lt;LS&gt; not = 'V3', 'V4'". Flags each such open episode of a child whose social worker
 * episodes give no SW_ID, no SW_DECOM or no SW_REASON (or who has none). 2023-24 only (the DfE
 * replaced it with SW01a and SW01b).
 *
 * <p>The Python validator flags the child when any one social worker episode lacks one of the items,
 * where the DfE asks for "at least one instance of each", and reports the episode's row number under
 * the table SWEpisodes (see docs/rule-interpretations.md).
 */
public final class RuleSW01STG1 implements Rule {
  @Override
  public String code() {
    return "SW01STG1";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    List<SocialWorkerEpisode> sw = child.socialWorkerEpisodes();
    boolean reported =
        sw.stream().anyMatch(e -> e.socialWorkerId().isPresent())
            && sw.stream().anyMatch(e -> ItemPresence.isRecorded(e.start(), e, "SW_DECOM"))
            && sw.stream().anyMatch(e -> ItemPresence.isRecorded(e.reasonEnded(), e, "SW_REASON"));
    if (reported) {
      return;
    }
    for (Episode e : child.episodes()) {
      boolean open = ItemPresence.isBlank(e.end(), e, "DEC");
      boolean shortBreaks = e.legalStatus().map(ls -> ls.isRespite()).orElse(false);
      if (open && !shortBreaks) {
        flags.flag(e);
      }
    }
  }

}
