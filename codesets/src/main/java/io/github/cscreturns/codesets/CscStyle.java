package io.github.cscreturns.codesets;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, placed on every package: abstract value types named
 * plainly ({@code Episode}) generate {@code ImmutableEpisode}, reached through {@code Episode.builder()};
 * {@code Optional} for absent values; no nulls in collections.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    init = "*",
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    optionalAcceptNullable = false,
    jdkOnly = true,
    allParameters = false)
public @interface CscStyle {}
