/**
 * Synthetic returns and test fixtures: seeded generators of realistic SSDA903 returns with their
 * previous year and of CIN census returns, valid by construction; builders of valid children; seeded samples of every record
 * (valid and broken) and property checks over seeds, for users' tests and ours.
 */
module io.github.cscreturns.synthetic {
  requires transitive io.github.cscreturns.core;
  requires static org.jspecify;
  requires static org.immutables.value;

  exports io.github.cscreturns.synthetic.ssda903;
  exports io.github.cscreturns.synthetic.cin;
  exports io.github.cscreturns.synthetic.csww;
  exports io.github.cscreturns.synthetic.testing;
}
