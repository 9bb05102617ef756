package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinReturnRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An identifier that must be unique across the children of a return (the UPN for 1520, the LA child
 * ID for 8510): it keeps each child with its identifier as written, and flags, in file order, the
 * ChildIdentifiers of every child whose identifier another child shares. A child without one (absent
 * or blank) takes no part.
 */
final class RepeatedIdentifier implements CinReturnRule.Accumulator {
  private record Identified(CinChild child, String identifier) {}

  private final Function<CinChild, Optional<String>> identifier;
  private final List<Identified> children = new ArrayList<>();
  private final Map<String, Integer> counts = new HashMap<>();

  RepeatedIdentifier(Function<CinChild, Optional<String>> identifier) {
    this.identifier = identifier;
  }

  @Override
  public void accept(CinChild child) {
    identifier.apply(child).filter(s -> !s.isBlank()).ifPresent(id -> {
      children.add(new Identified(child, id));
      counts.merge(id, 1, Integer::sum);
    });
  }

  @Override
  public void finish(CinFlags flags) {
    for (Identified i : children) {
      if (counts.get(i.identifier()) > 1) {
        flags.flag(i.child(), i.child().identifiers());
      }
    }
  }
}
