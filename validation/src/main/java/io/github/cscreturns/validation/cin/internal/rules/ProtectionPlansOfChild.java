package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.ChildProtectionPlan;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import java.util.List;

/**
 * The child protection plans of a child across all its CIN episodes, in file order: the rules that
 * judge a plan against the child's other plans (one open plan, no overlaps) see them all.
 */
final class ProtectionPlansOfChild {
  private ProtectionPlansOfChild() {}

  /** Every child protection plan of every CIN episode of the child, in file order. */
  static List<ChildProtectionPlan> of(CinChild child) {
    return child.cinDetails().stream().map(CinDetails::childProtectionPlans).flatMap(List::stream).toList();
  }
}
