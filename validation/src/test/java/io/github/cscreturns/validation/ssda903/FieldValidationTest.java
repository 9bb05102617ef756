package io.github.cscreturns.validation.ssda903;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.Sex;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.SourceLocation;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.Placement;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import io.github.cscreturns.core.ssda903.Ssda903Table;
import io.github.cscreturns.validation.Finding;
import io.github.cscreturns.validation.ssda903.internal.rules.Rule103;
import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FieldValidationTest {
  private static final CollectionYear YEAR = CollectionYear.Y2024_25;

  /** 101 as a test rule: the sex code must be valid in the context's year. */
  private static final Rule SEX_VALID_IN_YEAR =
      new Rule() {
        @Override
        public String code() {
          return "101";
        }

        @Override
        public void check(Child child, RuleContext context, Flags flags) {
          if (child.headerRecorded() && !child.sex().map(s -> s.isValidIn(context.year())).orElse(false)) {
            flags.flag(child);
          }
        }
      };

  private static final Rule PLACE_PRESENT =
      TestRules.episodes("146", e -> e.placement().type().isEmpty());

  @Test
  void aChildWithAnInvalidCodeHasOneFindingWithTheRuleCodeMessageAndField() {
    FieldValidation fields = FieldValidation.of(RuleSet.builder(YEAR).add(new Rule103()).build());
    Child bad = child(YEAR).ethnicity(Optional.empty()).unparsed(Map.of("ETHNIC", "WXYZ")).build();
    List<Finding> findings = fields.validate(bad);
    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.ruleCode()).isEqualTo("103");
    assertThat(f.message()).isEqualTo("The ethnicity code is either not valid or has not been entered.");
    assertThat(f.fields()).containsExactly("ETHNIC");
    assertThat(f.table()).isEqualTo("Header");
    assertThat(f.childId()).contains(ChildId.of("C0001"));
    assertThat(fields.validate(child(YEAR).build())).isEmpty();
  }

  @Test
  void theDfeSetsOfEveryYearCheckFields() {
    for (CollectionYear year : RuleCatalogue.years()) {
      FieldValidation fields = FieldValidation.forYear(year);
      assertThat(FieldValidation.forYear(year)).isSameAs(fields);
      assertThat(fields.validate(child(year).ethnicity(Optional.empty()).build()))
          .extracting(Finding::ruleCode)
          .contains("103");
      assertThat(fields.validate(child(year).build())).isEmpty();
    }
  }

  @Test
  void theYearComesFromTheRuleSet() {
    Child boy = child(CollectionYear.Y2023_24).sex(Sex.GENDER_MALE).build();
    FieldValidation y2023 = FieldValidation.of(RuleSet.builder(CollectionYear.Y2023_24).add(SEX_VALID_IN_YEAR).build());
    FieldValidation y2024 = FieldValidation.of(RuleSet.builder(CollectionYear.Y2024_25).add(SEX_VALID_IN_YEAR).build());
    assertThat(y2023.validate(boy)).isEmpty();
    assertThat(y2024.validate(boy)).extracting(Finding::ruleCode).containsExactly("101");
    assertThat(y2024.validate(boy).get(0).message()).isEqualTo("The child or young person’s reported sex is not valid.");
    assertThat(y2023.validate(child(CollectionYear.Y2024_25).sex(Sex.M).build()))
        .extracting(Finding::message)
        .containsExactly("Gender code is not valid.");
  }

  @Test
  void otherRecordsAreCheckedAlone() {
    FieldValidation fields = FieldValidation.of(RuleSet.builder(YEAR).add(PLACE_PRESENT).build());
    Episode noPlacement =
        episode(YEAR)
            .placement(Placement.empty())
            .unparsed(Map.of("PLACE", "ZZ"))
            .source(SourceLocation.builder().file("episodes.csv").line(4).recordIndex(2).build())
            .build();
    List<Finding> findings = fields.validate(noPlacement);
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).table()).isEqualTo("Episodes");
    assertThat(findings.get(0).recordIndex()).hasValue(2);
    assertThat(findings.get(0).childId()).isEmpty();
    assertThat(fields.validate(episode(YEAR).build())).isEmpty();
  }

  @Test
  void theBeanValidatorReportsTheRuleCodeFieldAndMessage() {
    FieldValidation fields = FieldValidation.of(RuleSet.builder(YEAR).add(new Rule103()).add(PLACE_PRESENT).build());
    Set<ConstraintViolation<Child>> violations = fields.validator().validate(child(YEAR).ethnicity(Optional.empty()).build());
    assertThat(violations).hasSize(1);
    ConstraintViolation<Child> v = violations.iterator().next();
    assertThat(v.getConstraintDescriptor().getAttributes()).containsEntry("code", "103");
    assertThat(v.getPropertyPath().toString()).isEqualTo("ETHNIC");
    assertThat(v.getMessage()).isEqualTo("The ethnicity code is either not valid or has not been entered.");
    Set<ConstraintViolation<Episode>> episodeViolations =
        fields.validator().validate(episode(YEAR).placement(Placement.empty()).build());
    assertThat(episodeViolations).extracting(e -> e.getPropertyPath().toString()).containsExactly("PLACE");
  }

  @Test
  void aFieldProblemYieldsExactlyOneFindingWhicheverPathFoundIt() {
    RuleSet set = RuleSet.builder(YEAR).add(new Rule103()).add(PLACE_PRESENT).build();
    Child bad =
        child(YEAR)
            .ethnicity(Optional.empty())
            .episodes(List.of(episode(YEAR).placement(Placement.empty()).build()))
            .build();
    List<Finding> engine = Validator.builder(set).build().validate(List.of(bad)).findings();
    assertThat(engine).extracting(Finding::ruleCode).containsExactly("103", "146");

    FieldValidation fields = FieldValidation.of(set);
    List<Finding> perRecord = new ArrayList<>(fields.validate(bad));
    perRecord.addAll(fields.validate(bad.episodes().get(0)));
    assertThat(perRecord).extracting(Finding::ruleCode).containsExactly("103", "146");
    for (int i = 0; i < engine.size(); i++) {
      assertThat(perRecord.get(i).ruleCode()).isEqualTo(engine.get(i).ruleCode());
      assertThat(perRecord.get(i).message()).isEqualTo(engine.get(i).message());
      assertThat(perRecord.get(i).fields()).isEqualTo(engine.get(i).fields());
      assertThat(perRecord.get(i).table()).isEqualTo(engine.get(i).table());
    }
  }

  @Test
  void everyFieldRuleIsASingleTableRuleOfSomeYear() {
    FieldValidation.FIELD_RULES.forEach((table, codes) -> {
      for (String code : codes) {
        boolean found = false;
        for (CollectionYear year : RuleCatalogue.years()) {
          Optional<RuleMetadata> meta = RuleCatalogue.of(year).rule(code);
          if (meta.isPresent()) {
            found = true;
            assertThat(meta.get().tables()).as("tables of %s in %s", code, year).containsExactly(table.dfeName());
          }
        }
        assertThat(found).as("%s is in some year's catalogue", code).isTrue();
      }
    });
  }

  @Test
  void unimplementedFieldRulesAreListed() {
    FieldValidation fields = FieldValidation.of(RuleSet.builder(YEAR).add(new Rule103()).build());
    assertThat(fields.notImplemented()).contains("101", "102").doesNotContain("103");
    assertThat(fields.fieldRules().get(Ssda903Table.HEADER)).contains("101", "103");
    assertThat(fields.fieldRules().values().stream().flatMap(List::stream))
        .allMatch(c -> fields.ruleSet().catalogue().contains(c));
  }

  @Test
  void nullRecordsAndHeaderlessChildrenAreNotHeaderFindings() {
    FieldValidation fields = FieldValidation.of(RuleSet.builder(YEAR).add(new Rule103()).build());
    Ssda903Record orphan = child(YEAR).headerRecorded(false).ethnicity(Optional.empty()).build();
    assertThat(fields.validate(orphan)).isEmpty();
  }
}
