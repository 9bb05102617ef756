package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.CareLeaverCheckpoint;

/** The care leaver information of an OC3 record: IN_TOUCH, ACTIV and ACCOM. */
final class CareLeaverItems {
  private CareLeaverItems() {}

  /** Whether any of IN_TOUCH, ACTIV and ACCOM is filled in (even if not a valid code). */
  static boolean anyRecorded(CareLeaverCheckpoint oc3) {
    return ItemPresence.isRecorded(oc3.inTouch(), oc3, "IN_TOUCH")
        || ItemPresence.isRecorded(oc3.activity(), oc3, "ACTIV")
        || ItemPresence.isRecorded(oc3.accommodation(), oc3, "ACCOM");
  }

  /** Whether IN_TOUCH, ACTIV and ACCOM are all filled in (even if not valid codes). */
  static boolean allRecorded(CareLeaverCheckpoint oc3) {
    return ItemPresence.isRecorded(oc3.inTouch(), oc3, "IN_TOUCH")
        && ItemPresence.isRecorded(oc3.activity(), oc3, "ACTIV")
        && ItemPresence.isRecorded(oc3.accommodation(), oc3, "ACCOM");
  }
}
