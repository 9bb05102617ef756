/** The report shape shared by the validation of every return: findings, severities and outcomes per rule. */
@NullMarked
@CscStyle
package io.github.cscreturns.validation;

import io.github.cscreturns.codesets.CscStyle;
import org.jspecify.annotations.NullMarked;
