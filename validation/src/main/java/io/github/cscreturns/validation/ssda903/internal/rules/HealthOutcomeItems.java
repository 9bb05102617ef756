package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.Oc2Flag;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The OC2 "data items relating to children looked after continuously for 12 months", in the groups
 * the DfE's OC2 rules name: immunisations, teeth checks, health assessments and substance misuse
 * problem identified (completed for every child of the cohort), and convictions, health promotion
 * (HEALTH_CHECK) and the two substance misuse intervention items.
 */
final class HealthOutcomeItems {
  private HealthOutcomeItems() {}

  private record Item(String name, Function<HealthOutcomes, Optional<Oc2Flag>> value) {}

  /** IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT, SUBSTANCE_MISUSE. */
  private static final List<Item> CORE =
      List.of(
          new Item("IMMUNISATIONS", HealthOutcomes::immunisations),
          new Item("TEETH_CHECK", HealthOutcomes::teethCheck),
          new Item("HEALTH_ASSESSMENT", HealthOutcomes::healthAssessment),
          new Item("SUBSTANCE_MISUSE", HealthOutcomes::substanceMisuse));

  /** CONVICTED, HEALTH_CHECK, INTERVENTION_RECEIVED, INTERVENTION_OFFERED. */
  private static final List<Item> OTHERS =
      List.of(
          new Item("CONVICTED", HealthOutcomes::convicted),
          new Item("HEALTH_CHECK", HealthOutcomes::healthCheck),
          new Item("INTERVENTION_RECEIVED", HealthOutcomes::interventionReceived),
          new Item("INTERVENTION_OFFERED", HealthOutcomes::interventionOffered));

  /** Whether any of IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT and SUBSTANCE_MISUSE is blank. */
  static boolean anyCoreItemBlank(HealthOutcomes oc2) {
    return CORE.stream().anyMatch(i -> ItemPresence.isBlank(i.value().apply(oc2), oc2, i.name()));
  }

  /** Whether all of IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT and SUBSTANCE_MISUSE are blank. */
  static boolean allCoreItemsBlank(HealthOutcomes oc2) {
    return CORE.stream().allMatch(i -> ItemPresence.isBlank(i.value().apply(oc2), oc2, i.name()));
  }

  /** Whether any of CONVICTED, HEALTH_CHECK, INTERVENTION_RECEIVED and INTERVENTION_OFFERED is filled in. */
  static boolean anyOtherItemRecorded(HealthOutcomes oc2) {
    return OTHERS.stream().anyMatch(i -> ItemPresence.isRecorded(i.value().apply(oc2), oc2, i.name()));
  }

  /** Whether any of the eight items is filled in (even if not a valid code). */
  static boolean anyRecorded(HealthOutcomes oc2) {
    return anyOtherItemRecorded(oc2) || !allCoreItemsBlank(oc2);
  }

  /** Whether any of the eight items is filled in with something other than a code valid in the year. */
  static boolean anyInvalid(HealthOutcomes oc2, CollectionYear year) {
    for (List<Item> items : List.of(CORE, OTHERS)) {
      for (Item i : items) {
        if (ItemPresence.isKnownAndNot(i.value().apply(oc2), oc2.unparsed(i.name()), f -> f.isValidIn(year))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether SDQ_SCORE or SDQ_REASON is filled in (even if not valid). */
  static boolean sdqRecorded(HealthOutcomes oc2) {
    return ItemPresence.isRecorded(oc2.sdqScore(), oc2, "SDQ_SCORE")
        || ItemPresence.isRecorded(oc2.sdqReason(), oc2, "SDQ_REASON");
  }
}
