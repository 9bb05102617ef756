package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.AdopterLegalStatus;

/**
 * 514: "Data entry on the legal status of adopters shows a single adopter but data entry for the numbers of adopters shows it as a couple." Flags each AD1 record with LS_ADOPTR L0 whose SEX_ADOPTR is not M1 or F1 (a single adopter) (blank or invalid
 * included). Same in every year.
 */
public final class Rule514 extends AdopterSexRule {
  public Rule514() {
    super("514", AdopterLegalStatus.L0, AdoptionItems.SINGLE_ADOPTER);
  }
}
