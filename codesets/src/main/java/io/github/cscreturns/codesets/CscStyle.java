package io.github.cscreturns.codesets;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, placed on every package: abstract value types named
 * plainly ({@code Episode}) generate {@code ImmutableEpisode}, reached through {@code Episode.builder()};
 * {@code Optional} for absent values; no nulls in collections; no Immutables annotation in the
 * generated class files, so users compile against them without Immutables.
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
    allParameters = false,
    // No @org.immutables.value.Generated on the generated classes: it is CLASS-retained, and a
    // user's javac, lacking Immutables (a compile-time dependency of ours only), warns about it on
    // every generated class it reads, which fails builds with -Xlint:all -Werror. Override is a
    // placeholder: an empty list would allow every annotation found on the class path.
    allowedClasspathAnnotations = {Override.class})
public @interface CscStyle {}
