package io.github.cscreturns.injection.ssda903;

import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.ssda903.Child;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A fault written into a return: the rule it makes fire, the child changed, the change in words
 * (what was blanked, set, removed or copied; a value written is one the injector chose, never one of
 * the return's), the other error rules that also fire on that child (empty where the rule can fire
 * alone), and the whole return with its previous year after the change.
 *
 * @param rule the DfE rule code made to fire
 * @param childId the child changed
 * @param change what was changed, in words
 * @param alsoFired the other error rules that fire on the changed child, in code order
 * @param children the year's return after the change, in its order
 * @param previousYear the previous year's return after the change (changed where the fault is last year's)
 * @since 2022-23
 */
public record Injection(String rule, ChildId childId, String change, Set<String> alsoFired, List<Child> children, List<Child> previousYear) {
  /**
   * Copies the collections, so the injection cannot change; none may be null.
   *
   * @param rule the rule
   * @param childId the child's ID
   * @param change the change
   * @param alsoFired the also fired
   * @param children the children
   * @param previousYear the previous year
   */
  public Injection {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(childId, "childId");
    Objects.requireNonNull(change, "change");
    alsoFired = Set.copyOf(new java.util.TreeSet<>(alsoFired));
    children = List.copyOf(children);
    previousYear = List.copyOf(previousYear);
  }

  /**
   * The other error rules in code order.
   *
   * @return the other error rules in code order
   */
  public List<String> alsoFiredInOrder() {
    return alsoFired.stream().sorted(io.github.cscreturns.validation.RuleCodes.ORDER).toList();
  }

  @Override
  public String toString() {
    return "Injection[" + rule + " in child " + childId + ": " + change + "; also " + alsoFiredInOrder() + "]";
  }
}
