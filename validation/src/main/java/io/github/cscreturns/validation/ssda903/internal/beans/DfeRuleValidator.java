package io.github.cscreturns.validation.ssda903.internal.beans;

import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.ssda903.Adoption;
import io.github.cscreturns.core.ssda903.CareLeaverCheckpoint;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.DeprivationOfLiberty;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import io.github.cscreturns.core.ssda903.ImmutableChild;
import io.github.cscreturns.core.ssda903.MissingEpisode;
import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import io.github.cscreturns.core.ssda903.PreviousPermanence;
import io.github.cscreturns.core.ssda903.Review;
import io.github.cscreturns.core.ssda903.SocialWorkerEpisode;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import io.github.cscreturns.core.ssda903.Uasc;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import io.github.cscreturns.validation.ssda903.RuleMetadata;
import io.github.cscreturns.validation.ssda903.RuleSet;
import java.util.List;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import java.util.Optional;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Checks one record against one DfE rule by running the rule itself, so that the engine and Bean
 * Validation share one predicate and can never disagree. The rule set (hence the year) comes from the
 * constraint validator payload that {@code FieldValidation} sets. A record other than a Header is
 * checked inside a child that holds only that record; only rules that look at one record are
 * registered this way.
 */
public final class DfeRuleValidator implements ConstraintValidator<DfeRule, Ssda903Record> {
  private String code = "";

  @Override
  public void initialize(DfeRule constraint) {
    this.code = constraint.code();
  }

  @Override
  public boolean isValid(Ssda903Record record, ConstraintValidatorContext context) {
    if (record == null) {
      return true;
    }
    RuleSet ruleSet =
        context.unwrap(HibernateConstraintValidatorContext.class).getConstraintValidatorPayload(RuleSet.class);
    if (ruleSet == null) {
      throw new ValidationException(
          "DfE rule constraints need a collection year: use FieldValidation.forYear(year).validator()");
    }
    Optional<Rule> rule = ruleSet.rule(code);
    if (rule.isEmpty()) {
      return true; // not in the year, or not implemented yet (FieldValidation lists those)
    }
    Child child = record instanceof Child c ? c : alone(record);
    Flags flags = new Flags();
    rule.get().check(child, RuleContext.of(ruleSet.year()), flags);
    for (Ssda903Record flagged : flags.flagged()) {
      if (flagged == record) {
        report(ruleSet, context);
        return false;
      }
    }
    return true;
  }

  /** One violation with the year's DfE message, on the rule's first affected field. */
  private void report(RuleSet ruleSet, ConstraintValidatorContext context) {
    Optional<RuleMetadata> meta = ruleSet.catalogue().rule(code);
    context.disableDefaultConstraintViolation();
    var violation =
        context.buildConstraintViolationWithTemplate(meta.map(m -> escape(m.message())).orElse(context.getDefaultConstraintMessageTemplate()));
    List<String> fields = meta.map(RuleMetadata::fields).orElse(List.of());
    if (fields.isEmpty()) {
      violation.addConstraintViolation();
    } else {
      violation.addPropertyNode(fields.get(0)).addConstraintViolation();
    }
  }

  /** Escapes the message-template metacharacters so the DfE text is taken literally. */
  public static String escape(String message) {
    return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
  }

  /** A child that has only the record, and no Header row. */
  static Child alone(Ssda903Record record) {
    ImmutableChild.Builder b = Child.builder().childId(ChildId.of("")).headerRecorded(false);
    switch (record.table()) {
      case EPISODES -> b.addEpisodes((Episode) record);
      case REVIEWS -> b.addReviews((Review) record);
      case UASC -> b.addUasc((Uasc) record);
      case OC2 -> b.addHealthOutcomes((HealthOutcomes) record);
      case OC3 -> b.addCareLeaverCheckpoints((CareLeaverCheckpoint) record);
      case AD1 -> b.addAdoptions((Adoption) record);
      case PLACED_ADOPTION -> b.addPlacedForAdoption((PlacedForAdoption) record);
      case PREV_PERM -> b.addPreviousPermanence((PreviousPermanence) record);
      case MISSING -> b.addMissingEpisodes((MissingEpisode) record);
      case SW_EPISODES -> b.addSocialWorkerEpisodes((SocialWorkerEpisode) record);
      case DOLO -> b.addDeprivationsOfLiberty((DeprivationOfLiberty) record);
      case HEADER -> throw new IllegalArgumentException("A Header record is a Child");
    }
    return b.build();
  }
}
