/** Command-line entry points (picocli): the console by default, and the headless commands. */
package io.omniroute.cli;
