package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.ReturnRule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * 444 (from 2025-26): "Duplicate UPN has been reported". A whole-return rule: flags the Header of every
 * child whose UPN is also the UPN of another Header row in the return. UPNs are compared as judged
 * (case aside, spaces kept; docs/reading-rules.md). The DfE's logic exempts the unknown-UPN reasons UN1
 * to UN5 only: "If &lt;UPN&gt; is provided and &lt;UPN&gt; is not in 'UN1', 'UN2', 'UN3', 'UN4', 'UN5'
 * then &lt;UPN&gt; must be unique within the LA return in that year"; a shared UN6 … UN10 is flagged.
 */
public final class Rule444 implements ReturnRule {
  @Override
  public String code() {
    return "444";
  }

  @Override
  public Accumulator newAccumulator(RuleContext context) {
    return new Accumulator() {
      private final Map<String, List<Integer>> ordinalsByUpn = new HashMap<>();
      private final List<String> order = new ArrayList<>();

      @Override
      public void accept(Child child, int ordinal) {
        if (!child.headerRecorded() || child.upn().isEmpty()) {
          return;
        }
        String key = child.upn().get().value().toUpperCase(Locale.ROOT);
        if (key.isEmpty() || isExemptUnknownReason(key)) {
          return;
        }
        ordinalsByUpn.computeIfAbsent(key, k -> {
          order.add(k);
          return new ArrayList<>(1);
        }).add(ordinal);
      }

      @Override
      public void finish(ReturnFlags flags) {
        for (String key : order) {
          List<Integer> ordinals = ordinalsByUpn.get(key);
          if (ordinals.size() > 1) {
            ordinals.forEach(flags::flagHeader);
          }
        }
      }
    };
  }

  /** The highest unknown-UPN reason the DfE's check lets children share (UN1 … UN5). */
  private static final int LAST_SHAREABLE_UNKNOWN_REASON = 5;

  private static boolean isExemptUnknownReason(String judgedUpn) {
    return Upn.of(judgedUpn).unknownReason().filter(n -> n <= LAST_SHAREABLE_UNKNOWN_REASON).isPresent();
  }
}
