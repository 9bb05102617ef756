package io.github.cscreturns.validation.ssda903.internal.beans;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record must pass the DfE rule {@link #code()} of the collection year the validator was made for.
 * Registered programmatically on the model's record types (the model itself carries no annotations).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DfeRuleValidator.class)
public @interface DfeRule {
  /** The DfE rule code, such as "103". */
  String code();

  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
