package io.github.cscreturns.codesets;

import java.util.List;

/**
 * What becomes of a code when a record is carried from one collection year into a later one.
 *
 * @param <C> the codeset enum
 * @see Codeset#migrate(Enum, CollectionYear, CollectionYear)
 */
public sealed interface Migration<C extends Enum<C> & Code>
    permits Migration.Unchanged, Migration.Replaced, Migration.NeedsDecision, Migration.Withdrawn {

  /** The code is still valid in the target year and keeps its meaning. */
  record Unchanged<C extends Enum<C> & Code>(C code) implements Migration<C> {}

  /** The code was replaced by exactly one code; the migration applies it. */
  record Replaced<C extends Enum<C> & Code>(C from, C to, Crosswalk<C> crosswalk) implements Migration<C> {}

  /** The code was split; a person (or the case record) must choose among the candidates. */
  record NeedsDecision<C extends Enum<C> & Code>(C from, List<C> candidates, Crosswalk<C> crosswalk)
      implements Migration<C> {}

  /** The code was withdrawn with no successor in the target year. */
  record Withdrawn<C extends Enum<C> & Code>(C from, CollectionYear lastValidYear) implements Migration<C> {}
}
