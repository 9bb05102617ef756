package io.github.cscreturns.injection.cin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinReturn;
import io.github.cscreturns.synthetic.cin.CinGenerator;
import io.github.cscreturns.validation.Finding;
import io.github.cscreturns.validation.ValidationReport;
import io.github.cscreturns.validation.cin.CinRuleCatalogue;
import io.github.cscreturns.validation.cin.CinRuleSet;
import io.github.cscreturns.validation.cin.CinValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every CIN rule of every year that the injector can try (implemented, judged on a child's records)
 * is made to fire on a generated return, each on a child of its own: the changed return, validated
 * whole, has the rule's finding on that child. Rules it cannot make fire are listed here with why.
 */
class CinErrorInjectorTest {
  /** Rules no single change of one generated child makes fire, with why; empty while all can be. */
  private static final Map<String, String> NOT_INJECTED = Map.of();

  static List<CollectionYear> years() {
    return CinRuleCatalogue.years();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("years")
  void everyRuleTheInjectorChecksFiresOnAChildOfItsOwn(CollectionYear year) {
    CinReturn cin = CinGenerator.builder(year).seed(41).children(400).build().generate();
    CinRuleSet rules = CinRuleSet.forYear(year);
    CinErrorInjector injector = CinErrorInjector.of(rules, cin, 400);
    List<String> tried = new ArrayList<>();
    for (var m : rules.catalogue().rules()) {
      if (injector.checks(m.code()) && !NOT_INJECTED.containsKey(m.code())) {
        tried.add(m.code());
      }
    }
    Map<String, CinInjection> made = injector.injectEach(tried);
    Set<String> missing = new TreeSet<>(tried);
    missing.removeAll(made.keySet());
    assertThat(missing).as("%s: rules no change made fire", year.label()).isEmpty();

    ValidationReport report = CinValidator.of(rules).validate(injector.apply(made.values()));
    for (CinInjection in : made.values()) {
      String child = in.changed().childIdText();
      assertThat(report.findings().stream().filter(f -> f.ruleCode().equals(in.rule())).map(Finding::childId))
          .as("%s: %s after %s", year.label(), in.rule(), in.change())
          .anyMatch(id -> id.map(c -> c.value().equals(child)).orElse(child.isEmpty()));
    }
  }
}
