/** How the console's screens write durations and other values for people to read. */
package io.omniroute.console.text;
