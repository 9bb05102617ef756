package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.AdopterLegalStatus;

/**
 * 524: "If reporting legal status of adopters is L12 then the genders of adopters should be coded as MM or FF. MM = the adopting couple are both males. FF = the adopting couple are both females" Flags each AD1 record with LS_ADOPTR L12 whose SEX_ADOPTR is not MM or FF (blank or invalid
 * included). Same in every year.
 */
public final class Rule524 extends AdopterSexRule {
  public Rule524() {
    super("524", AdopterLegalStatus.L12, AdoptionItems.SAME_SEX_COUPLE);
  }
}
