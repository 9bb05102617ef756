package io.github.cscreturns.injection.cin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.cin.Ethnicity;
import io.github.cscreturns.codesets.cin.PrimaryNeed;
import io.github.cscreturns.codesets.cin.ReferralSource;
import io.github.cscreturns.codesets.cin.Sex;
import io.github.cscreturns.codesets.cin.YesNo;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.cin.ChildCharacteristics;
import io.github.cscreturns.core.cin.ChildIdentifiers;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.CinHeader;
import io.github.cscreturns.core.cin.CinReturn;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import io.github.cscreturns.validation.cin.CinRuleSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The injector's search on rules of the test's own making (under DfE codes of the year), so that what
 * it finds is known: each rule fires on the change found, on a child of its own, and nowhere else.
 * Every DfE CIN rule made to fire on generated returns is the other test's business.
 */
class CinErrorInjectorSearchTest {
  private static final CollectionYear YEAR = CollectionYear.Y2024_25;

  /** "A referral from the police": fires on a changed ReferralSource only. */
  private static final CinRule POLICE_REFERRAL = rule("8500", (c, ctx, f) ->
      c.cinDetails().stream().filter(d -> d.referralSource().map(s -> s.code().equals("6")).orElse(false)).forEach(f::flag));

  /** "A closure after the reference date": fires on a moved date only. */
  private static final CinRule CLOSED_AFTER_THE_YEAR = rule("8620", (c, ctx, f) ->
      c.cinDetails().stream().filter(d -> d.closureDate().map(x -> x.isAfter(ctx.referenceDate())).orElse(false)).forEach(f::flag));

  interface Check {
    void check(CinChild child, CinRuleContext context, CinFlags flags);
  }

  private static CinRule rule(String code, Check check) {
    return new CinRule() {
      @Override
      public String code() {
        return code;
      }

      @Override
      public void check(CinChild child, CinRuleContext context, CinFlags flags) {
        check.check(child, context, flags);
      }
    };
  }

  private static CinChild child(int n) {
    LocalDate start = LocalDate.of(2024, 4, 1);
    return CinChild.builder()
        .identifiers(ChildIdentifiers.builder().laChildId(ChildId.of("C" + n)).birthDate(LocalDate.of(2015, 1, 1)).sex(Sex.parse("F").orElseThrow()).build())
        .characteristics(ChildCharacteristics.builder().ethnicity(Ethnicity.parse("WBRI").orElseThrow()).build())
        .addCinDetails(CinDetails.builder()
            .referralDate(start.plusDays(10 + n))
            .referralSource(ReferralSource.parse("1A").orElseThrow())
            .primaryNeed(PrimaryNeed.parse("N1").orElseThrow())
            .referralNfa(YesNo.FALSE)
            .closureDate(start.plusDays(100 + n))
            .build())
        .build();
  }

  private static CinReturn cin() {
    CinHeader header = CinHeader.builder().year("2025").referenceDate(LocalDate.of(2025, 3, 31)).lea("318").build();
    return CinReturn.builder().header(header).addChildren(child(1), child(2), child(3)).build();
  }

  @Test
  void eachRuleFiresOnAChildOfItsOwnWithTheChangeNamed() {
    CinRuleSet rules = CinRuleSet.builder(YEAR).add(POLICE_REFERRAL, CLOSED_AFTER_THE_YEAR).build();
    CinErrorInjector injector = CinErrorInjector.of(rules, cin());
    Map<String, CinInjection> made = injector.injectEach(List.of("8500", "8620"));
    assertThat(made).containsOnlyKeys("8500", "8620");
    CinInjection police = made.get("8500");
    assertThat(police.childIndex()).isZero();
    assertThat(police.change()).isEqualTo("CINdetails/ReferralSource: set to 6");
    assertThat(police.otherErrorRules()).isEmpty();
    CinInjection closed = made.get("8620");
    assertThat(closed.childIndex()).isEqualTo(1);
    assertThat(closed.change()).startsWith("CINdetails/CINclosureDate: set to 2025-0");
    assertThat(closed.changed().cinDetails().get(0).closureDate().orElseThrow()).isAfter(LocalDate.of(2025, 3, 31));

    CinReturn broken = injector.apply(made.values());
    assertThat(broken.children().get(2)).isEqualTo(cin().children().get(2));
    assertThat(broken.children().get(0).cinDetails().get(0).referralSource().orElseThrow().code()).isEqualTo("6");
  }

  @Test
  void theSearchIsDeterministic() {
    CinRuleSet rules = CinRuleSet.builder(YEAR).add(POLICE_REFERRAL, CLOSED_AFTER_THE_YEAR).build();
    assertThat(CinErrorInjector.of(rules, cin()).injectEach(List.of("8620", "8500")))
        .isEqualTo(CinErrorInjector.of(rules, cin()).injectEach(List.of("8620", "8500")));
  }

  @Test
  void rulesOfTheWholeReturnOrTheHeaderAloneAreNotTried() {
    CinErrorInjector injector = CinErrorInjector.of(CinRuleSet.forYear(YEAR), cin());
    assertThat(injector.checks("100")).as("the header's reference date").isFalse();
    assertThat(injector.checks("2887Q")).as("a proportion over the return").isFalse();
    assertThat(injector.inject("100")).isEmpty();
  }
}
