package io.github.cscreturns.validation.cin;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.cin.Disability;
import io.github.cscreturns.core.cin.ChildDisability;
import io.github.cscreturns.core.cin.ChildIdentifiers;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.ImmutableChildIdentifiers;
import io.github.cscreturns.core.cin.ImmutableCinDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Variations of {@link CinRuleTester}'s baseline child for the rules of the child's identifiers,
 * characteristics and disabilities: its identifiers, its first episode, its disabilities, and the
 * years whose catalogue has a rule.
 */
final class ChildVariants {
  private ChildVariants() {}

  /** The years whose DfE catalogue has the rule. */
  static List<CollectionYear> yearsOf(String code) {
    return CinRuleTester.yearsWith(code);
  }

  /** The child with its identifiers changed. */
  static CinChild withIdentifiers(CinChild child, UnaryOperator<ImmutableChildIdentifiers.Builder> change) {
    ChildIdentifiers id = change.apply(ChildIdentifiers.builder().from(child.identifiers())).build();
    return CinChild.builder().from(child).identifiers(id).build();
  }

  /** The child with its first episode changed. */
  static CinChild withFirstEpisode(CinChild child, UnaryOperator<ImmutableCinDetails.Builder> change) {
    return CinRuleTester.withEpisode(child, change.apply(CinDetails.builder().from(CinRuleTester.episode(child))).build());
  }

  /** The child with a second episode, a copy of its first changed. */
  static CinChild withSecondEpisode(CinChild child, UnaryOperator<ImmutableCinDetails.Builder> change) {
    return CinChild.builder().from(child).addCinDetails(change.apply(CinDetails.builder().from(CinRuleTester.episode(child))).build()).build();
  }

  /** The child with these Disability values: a code as the codeset spells it, or other text kept unparsed. */
  static CinChild withDisabilities(CinChild child, String... values) {
    List<ChildDisability> records = new ArrayList<>();
    for (String v : values) {
      records.add(disability(v));
    }
    return CinChild.builder().from(child).disabilities(records).disabilitiesGroupWritten(true).build();
  }

  /** A Disability record of the text: the code it spells exactly, or the text unparsed. */
  static ChildDisability disability(String value) {
    return Disability.CODESET.parse(value).filter(d -> d.code().equals(value))
        .map(ChildDisability::of)
        .orElseGet(() -> ChildDisability.builder().putUnparsed("Disability", value).build());
  }
}
