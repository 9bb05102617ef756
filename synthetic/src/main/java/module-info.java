/**
 * Synthetic returns: a seeded generator of realistic SSDA903 returns with their previous year, valid
 * by construction, and a plain API of seeds in, children out, for property tests.
 */
module io.github.cscreturns.synthetic {
  requires transitive io.github.cscreturns.core;
  requires static org.jspecify;
  requires static org.immutables.value;

  exports io.github.cscreturns.synthetic.ssda903;
}
