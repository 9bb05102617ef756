package io.github.cscreturns.validation.report;

import io.github.cscreturns.validation.Severity;

/**
 * What a text report says about a rule that may have no finding to describe it: its severity and DfE
 * message. For SSDA903, {@code RuleCatalogue.summaries()} gives them for a year.
 *
 * @param code the DfE rule code
 * @param severity error or query
 * @param message the DfE message
 */
public record RuleSummary(String code, Severity severity, String message) {}
