/** Parts shared by this module's readers; not exported. */
package io.github.cscreturns.serialization.internal;
