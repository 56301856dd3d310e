/** Small JavaFX pieces the console's screens share: confirmations, a table's scroll place across live updates. */
package io.omniroute.console.controls;
