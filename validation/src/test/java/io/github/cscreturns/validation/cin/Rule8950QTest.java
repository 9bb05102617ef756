package io.github.cscreturns.validation.cin;

import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Rule8950QTest extends WithdrawnFactorQueryCases {
  Rule8950QTest() {
    super("8950Q", "19A", "19B");
  }
}
