package io.github.cscreturns.examples;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.Severity;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import io.github.cscreturns.validation.ssda903.RuleMetadata;
import io.github.cscreturns.validation.ssda903.RuleSet;
import io.github.cscreturns.validation.ssda903.RuleSetProvider;

/**
 * An example local rule, added beside the DfE's through the {@link RuleSetProvider} service (see this
 * module's {@code module-info.java}): a local authority whose case system requires a UPN for every
 * child queries a Header row without one, in every year. The code "LA-UPN1" is the authority's own;
 * a code the DfE uses would be refused.
 */
public final class UpnRequiredLocally implements RuleSetProvider {
  /** The local rule's metadata: its own code, message, severity, fields and tables. */
  static final RuleMetadata METADATA = RuleMetadata.builder()
      .code("LA-UPN1")
      .message("Local check: our case system needs a UPN for every child looked after.")
      .severity(Severity.QUERY)
      .addFields("UPN")
      .addTables("Header")
      .build();

  @Override
  public void addRules(CollectionYear year, RuleSet.Builder builder) {
    builder.addLocal(METADATA, new Rule() {
      @Override
      public String code() {
        return METADATA.code();
      }

      @Override
      public void check(Child child, RuleContext context, Flags flags) {
        if (child.headerRecorded() && child.upn().isEmpty() && child.unparsed("UPN").isEmpty()) {
          flags.flag(child);
        }
      }
    });
  }
}
