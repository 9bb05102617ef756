package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.ReturnRule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * EPI (a query): "WARNING: Episodes need to be loaded for this child before further validation is
 * possible". Flags the Header of a child with neither an episode nor a care leaver (OC3) record: on the
 * DfE portal, such a child's other checks wait for episodes; here every check that can run on the data
 * given still runs. A child ID given on two Header rows is one child: its episodes count for both rows
 * (INT32 reports the repeat), as the Python validator matches Header rows to episodes by child ID. Same
 * in every year.
 */
public final class RuleEpi implements ReturnRule {
  @Override
  public String code() {
    return "EPI";
  }

  @Override
  public Accumulator newAccumulator(RuleContext context) {
    return new Accumulator() {
      private final Map<ChildId, List<Integer>> withoutRecords = new LinkedHashMap<>();
      private final Set<ChildId> withRecords = new HashSet<>();

      @Override
      public void accept(Child child, int ordinal) {
        if (!child.episodes().isEmpty() || !child.careLeaverCheckpoints().isEmpty()) {
          withRecords.add(child.childId());
        } else if (child.headerRecorded()) {
          withoutRecords.computeIfAbsent(child.childId(), k -> new ArrayList<>(1)).add(ordinal);
        }
      }

      @Override
      public void finish(ReturnFlags flags) {
        withoutRecords.forEach((id, ordinals) -> {
          if (!withRecords.contains(id)) {
            ordinals.forEach(flags::flagHeader);
          }
        });
      }
    };
  }
}
