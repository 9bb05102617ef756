/** The csc command line tool. Exports nothing: it is an application, not an API. */
module io.github.cscreturns.cli {
  requires static org.jspecify;
  requires static org.immutables.value;
  requires io.github.cscreturns.codesets;
  requires io.github.cscreturns.validation;
  requires io.github.cscreturns.serialization;
  requires io.github.cscreturns.reference;
  requires io.github.cscreturns.synthetic;
  requires io.github.cscreturns.injection;
  requires info.picocli;
  requires org.dhatim.fastexcel;

  opens io.github.cscreturns.cli to info.picocli;
}
