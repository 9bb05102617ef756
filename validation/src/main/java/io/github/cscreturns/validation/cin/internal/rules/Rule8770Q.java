package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.codesets.cin.UpnUnknownReason;
import io.github.cscreturns.core.cin.ChildIdentifiers;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.time.LocalDate;
import java.util.function.BiPredicate;

/**
 * 8770Q: UPN or reason UPN missing expected for a child who is of school age. DfE logic (2022-23): "If
 * &lt;ReferralNFA&gt; (N00112) = 0 or false and &lt;PersonBirthDate&gt; (N00066) is earlier than
 * [&lt;ReferenceDate&gt; (N00603) minus 6 years] then either &lt;UPN&gt; (N00001) or a valid
 * &lt;UPNunknown&gt; (N00135) should be present". The 2024-25 redefinition (message: "UPN is missing or
 * reason UPN is missing or is UN1 for a child who is of school age") changed the age test; its text
 * ("greater than or equal to [ReferenceDate minus 4 years]") would take in every child under four and
 * none of school age, so the school age of the message is used: born on or before 31 August six years
 * before the reference date's year, a child who started school by the September after the census.
 *
 * <p>UN1 (the child is not of school age) is no reason for a child of school age; the other reasons
 * of the year's codeset are. A UPN element with no text is no UPN.
 */
public final class Rule8770Q implements CinRule {
  private final BiPredicate<LocalDate, LocalDate> ofSchoolAge;

  private Rule8770Q(BiPredicate<LocalDate, LocalDate> ofSchoolAge) {
    this.ofSchoolAge = ofSchoolAge;
  }

  /**
   * The version of 2022-23 and 2023-24: born before the reference date less six years.
   *
   * @return the rule
   */
  public static Rule8770Q olderThanSix() {
    return new Rule8770Q((birth, reference) -> birth.isBefore(reference.minusYears(6)));
  }

  /**
   * The version from 2024-25: born on or before 31 August six years before the reference date's year.
   *
   * @return the rule
   */
  public static Rule8770Q ofSchoolAge() {
    return new Rule8770Q((birth, reference) -> !birth.isAfter(LocalDate.of(reference.getYear() - 6, 8, 31)));
  }

  @Override
  public String code() {
    return "8770Q";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    ChildIdentifiers id = child.identifiers();
    if (id.birthDate().filter(b -> ofSchoolAge.test(b, context.referenceDate())).isEmpty()
        || child.cinDetails().stream().noneMatch(ReferralNfa::isFalse)) {
      return;
    }
    boolean upn = id.hasContent("UPN", id.upn().filter(u -> !u.value().isEmpty()));
    boolean reason = id.upnUnknown().filter(r -> r != UpnUnknownReason.UN1 && r.isValidIn(context.year())).isPresent();
    if (!upn && !reason) {
      flags.flag(id);
    }
  }
}
