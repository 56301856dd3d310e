/** The main window: navigation between screens, the status bar, global search, and what every screen is given. */
package io.omniroute.console.shell;
