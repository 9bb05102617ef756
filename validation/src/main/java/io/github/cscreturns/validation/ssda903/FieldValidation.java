package io.github.cscreturns.validation.ssda903;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Adoption;
import io.github.cscreturns.core.ssda903.CareLeaverCheckpoint;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.DeprivationOfLiberty;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import io.github.cscreturns.core.ssda903.MissingEpisode;
import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import io.github.cscreturns.core.ssda903.PreviousPermanence;
import io.github.cscreturns.core.ssda903.Review;
import io.github.cscreturns.core.ssda903.SocialWorkerEpisode;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import io.github.cscreturns.core.ssda903.Ssda903Table;
import io.github.cscreturns.core.ssda903.Uasc;
import io.github.cscreturns.validation.Finding;
import io.github.cscreturns.validation.ImmutableFinding;
import io.github.cscreturns.validation.RuleCodes;
import io.github.cscreturns.validation.ssda903.internal.beans.DfeRule;
import io.github.cscreturns.validation.ssda903.internal.beans.DfeRuleValidator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Field-level checks of single SSDA903 records through Jakarta Bean Validation, for a supplier's UI:
 * a code not valid in the year, a date that did not parse, a required item left blank. Each
 * constraint is a DfE rule — its code, message and fields — and is checked by running that rule of
 * the year's {@link RuleSet} on the record, so this and the {@link Validator} share one predicate.
 * The {@code Validator} does not run Bean Validation, so a problem is reported once, whichever path
 * the caller takes.
 *
 * <pre>{@code
 * List<Finding> problems = FieldValidation.forYear(CollectionYear.Y2024_25).validate(episode);
 * jakarta.validation.Validator bean = FieldValidation.forYear(CollectionYear.Y2024_25).validator();
 * }</pre>
 *
 * <p>The model carries no annotations; the constraints are registered programmatically on the record
 * types (Hibernate Validator's constraint mapping) and the year is passed to them as the constraint
 * validator payload. Hibernate Validator starts lazily, once per JVM, on first use. It is an optional
 * dependency of this module (the rule engine runs without it): add
 * {@code org.hibernate.validator:hibernate-validator} to use this class; no expression-language
 * implementation is needed, as the DfE messages are interpolated without one. A rule of the
 * list that the year's set does not implement yet passes here; {@link #notImplemented()} lists them.
 *
 * @since 2022-23
 */
public final class FieldValidation {
  /**
   * The DfE rules that concern one record alone (its codes, dates and required items), by table.
   * A rule is registered on its record type; in a year whose catalogue lacks it, it is inert.
   */
  static final Map<Ssda903Table, List<String>> FIELD_RULES = fieldRuleList();

  private static final Map<Ssda903Table, Class<? extends Ssda903Record>> TYPES = types();

  private static final ConcurrentMap<CollectionYear, FieldValidation> BY_YEAR = new ConcurrentHashMap<>();

  private final RuleSet ruleSet;
  private final jakarta.validation.Validator validator;

  private FieldValidation(RuleSet ruleSet) {
    requireHibernateValidator();
    this.ruleSet = ruleSet;
    this.validator =
        Factory.INSTANCE.unwrap(HibernateValidatorFactory.class).usingContext().constraintValidatorPayload(ruleSet).getValidator();
  }

  /** Hibernate Validator is an optional dependency of this module: only this class needs it. */
  private static void requireHibernateValidator() {
    try {
      Class.forName("org.hibernate.validator.HibernateValidator", false, FieldValidation.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException(
          "FieldValidation needs Hibernate Validator on the class path (org.hibernate.validator:hibernate-validator, "
              + "8.0 or 9.x); the rule engine (Validator) does not");
    }
  }

  /**
   * The field checks of the DfE's rule set for the year (cached).
   *
   * @param year the collection year
   * @return the field checks of the DfE's rule set for the year (cached)
   */
  public static FieldValidation forYear(CollectionYear year) {
    return BY_YEAR.computeIfAbsent(year, y -> new FieldValidation(RuleSet.forYear(y)));
  }

  /**
   * The field checks of the given rule set (a DfE set with local changes, say).
   *
   * @param ruleSet the year's rule set
   * @return the field checks of the given rule set (a DfE set with local changes, say)
   */
  public static FieldValidation of(RuleSet ruleSet) {
    return new FieldValidation(ruleSet);
  }

  /**
   * The rule set whose codes and messages the field checks report.
   *
   * @return the rule set
   */
  public RuleSet ruleSet() {
    return ruleSet;
  }

  /**
   * A Bean Validation validator applying the year's DfE field rules. Each violation's constraint
   * descriptor has the rule code as attribute {@code code}; its message is the DfE message and its
   * property path the first affected field.
   *
   * @return a Bean Validation validator applying the year's DfE field rules
   */
  public jakarta.validation.Validator validator() {
    return validator;
  }

  /**
   * The field-level findings of one record, in {@link Finding#ORDER}: a {@link Child} stands for its
   * Header row, any other record for itself. The child ID is set for a Header row; the record index
   * where the record's source gives it.
   *
   * @param record the record
   * @return the field-level findings of one record, in {@link Finding#ORDER}
   */
  public List<Finding> validate(Ssda903Record record) {
    Set<ConstraintViolation<Ssda903Record>> violations = validator.validate(record);
    List<Finding> findings = new ArrayList<>(violations.size());
    for (ConstraintViolation<Ssda903Record> v : violations) {
      String code = (String) v.getConstraintDescriptor().getAttributes().get("code");
      RuleMetadata meta = ruleSet.catalogue().rule(code).orElseThrow();
      ImmutableFinding.Builder f =
          Finding.builder()
              .ruleCode(code)
              .severity(meta.severity())
              .message(meta.message())
              .table(record.table().dfeName())
              .fields(meta.fields())
              .source(record.source());
      if (record instanceof Child c) {
        f.childId(c.childId());
      }
      record.source().ifPresent(s -> s.recordIndex().ifPresent(f::recordIndex));
      findings.add(f.build());
    }
    findings.sort(Finding.ORDER);
    return List.copyOf(findings);
  }

  /**
   * The field rules of the year's catalogue, by table, in rule code order.
   *
   * @return the field rules of the year's catalogue, by table, in rule code order
   */
  public Map<Ssda903Table, List<String>> fieldRules() {
    Map<Ssda903Table, List<String>> map = new LinkedHashMap<>();
    FIELD_RULES.forEach((table, codes) -> {
      List<String> inYear = codes.stream().filter(ruleSet.catalogue()::contains).sorted(RuleCodes.ORDER).toList();
      if (!inYear.isEmpty()) {
        map.put(table, inYear);
      }
    });
    return map;
  }

  /**
   * Field rules of the year's catalogue that the rule set does not implement yet (they pass here).
   *
   * @return field rules of the year's catalogue that the rule set does not implement yet (they pass
   *     here)
   */
  public List<String> notImplemented() {
    return fieldRules().values().stream()
        .flatMap(List::stream)
        .filter(c -> !ruleSet.isImplemented(c))
        .sorted(RuleCodes.ORDER)
        .toList();
  }

  /** The one Hibernate Validator factory, built on first use. */
  private static final class Factory {
    static final ValidatorFactory INSTANCE = build();

    private static ValidatorFactory build() {
      HibernateValidatorConfiguration config = Validation.byProvider(HibernateValidator.class).configure();
      // The messages are the DfE's, verbatim: no expression language needed (nor wanted).
      config.messageInterpolator(new ParameterMessageInterpolator());
      Map<String, String> messages = latestMessages();
      ConstraintMapping mapping = config.createConstraintMapping();
      FIELD_RULES.forEach((table, codes) -> {
        var type = mapping.type(TYPES.get(table));
        for (String code : codes) {
          type.constraint(new GenericConstraintDef<>(DfeRule.class).param("code", code).message(DfeRuleValidator.escape(messages.getOrDefault(code, code))));
        }
      });
      config.addMapping(mapping);
      return config.buildValidatorFactory();
    }

    /** The newest wording of each rule (violations report the wording of their year through findings). */
    private static Map<String, String> latestMessages() {
      Map<String, String> messages = new LinkedHashMap<>();
      for (CollectionYear year : RuleCatalogue.years()) {
        RuleCatalogue.of(year).rules().forEach(m -> messages.put(m.code(), m.message()));
      }
      return messages;
    }

  }

  private static Map<Ssda903Table, List<String>> fieldRuleList() {
    Map<Ssda903Table, List<String>> m = new EnumMap<>(Ssda903Table.class);
    m.put(Ssda903Table.HEADER, List.of("101", "102", "103", "168", "171", "611"));
    m.put(Ssda903Table.EPISODES, List.of("141", "143", "144", "145", "146", "147", "148", "149", "178", "217t", "445", "446", "1009"));
    m.put(Ssda903Table.REVIEWS, List.of("166", "167"));
    m.put(Ssda903Table.UASC, List.of("104"));
    m.put(Ssda903Table.OC2, List.of("158", "182", "192", "196"));
    m.put(Ssda903Table.OC3, List.of("153"));
    m.put(Ssda903Table.AD1, List.of("112", "113", "151", "175", "176", "177"));
    m.put(Ssda903Table.PLACED_ADOPTION, List.of("115", "116", "119", "120"));
    m.put(Ssda903Table.PREV_PERM, List.of("631"));
    m.put(Ssda903Table.MISSING, List.of("564", "565", "566", "567", "1004", "1005", "1006"));
    m.put(Ssda903Table.SW_EPISODES, List.of("SW04STG1", "SW05STG1", "SW13STG1"));
    m.put(Ssda903Table.DOLO, List.of("700", "701"));
    return m;
  }

  private static Map<Ssda903Table, Class<? extends Ssda903Record>> types() {
    Map<Ssda903Table, Class<? extends Ssda903Record>> m = new EnumMap<>(Ssda903Table.class);
    m.put(Ssda903Table.HEADER, Child.class);
    m.put(Ssda903Table.EPISODES, Episode.class);
    m.put(Ssda903Table.REVIEWS, Review.class);
    m.put(Ssda903Table.UASC, Uasc.class);
    m.put(Ssda903Table.OC2, HealthOutcomes.class);
    m.put(Ssda903Table.OC3, CareLeaverCheckpoint.class);
    m.put(Ssda903Table.AD1, Adoption.class);
    m.put(Ssda903Table.PLACED_ADOPTION, PlacedForAdoption.class);
    m.put(Ssda903Table.PREV_PERM, PreviousPermanence.class);
    m.put(Ssda903Table.MISSING, MissingEpisode.class);
    m.put(Ssda903Table.SW_EPISODES, SocialWorkerEpisode.class);
    m.put(Ssda903Table.DOLO, DeprivationOfLiberty.class);
    return m;
  }
}
