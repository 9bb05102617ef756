/**
 * The DfE's CIN census rules, one class per rule code ({@code Rule8500}), each with its DfE logic
 * quoted in its javadoc. Not part of the API: rules are reached through {@code CinRuleSet}.
 */
@NullMarked
package io.github.cscreturns.validation.cin.internal.rules;

import org.jspecify.annotations.NullMarked;
