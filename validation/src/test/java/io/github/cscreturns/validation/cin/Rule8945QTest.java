package io.github.cscreturns.validation.cin;

import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Rule8945QTest extends WithdrawnFactorQueryCases {
  Rule8945QTest() {
    super("8945Q", "18A", "18B");
  }
}
