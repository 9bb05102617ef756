package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.Urn;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.ReferenceData;
import io.github.cscreturns.validation.ssda903.ReferenceData.ProviderDirectory;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Locale;
import java.util.Optional;

/**
 * The DfE's "URN Lookup" in the Ofsted provider rules (219, 221, 224, 227, 228, 229, 1008): each
 * applies where "<URN> provided and <URN> not = 'XXXXXXX'", and compares the episode with what
 * Ofsted's lists give for that URN.
 */
final class UrnLookup {
  private UrnLookup() {}

  /** The episode's URN, where provided and not the placeholder XXXXXXX. */
  static Optional<Urn> checkedUrn(Episode episode) {
    return episode.placement().urn().filter(u -> !u.value().isBlank() && !u.isPlaceholder());
  }

  /**
   * Whether Ofsted's lists were given. The rules require them, so the validator runs them only then;
   * called without them (directly, say) a rule flags nothing rather than everything.
   */
  static boolean available(RuleContext context) {
    return context.referenceData().providers().isPresent();
  }

  /** The provider directory; only once {@link #available} says it was given. */
  static ProviderDirectory directory(RuleContext context) {
    return context.referenceData().providers().orElseThrow(() -> new IllegalStateException("no Ofsted provider information"));
  }

  /** What Ofsted's lists give for the URN, if they hold it. */
  static Optional<ReferenceData.Provider> provider(Urn urn, RuleContext context) {
    return directory(context).provider(urn);
  }

  /** A code item as Ofsted's lists write codes: trimmed, upper case ("" where blank). */
  static String codeAsListed(String text) {
    return text.strip().toUpperCase(Locale.ROOT);
  }
}
