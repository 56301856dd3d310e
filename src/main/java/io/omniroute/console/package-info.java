/** The JavaFX desktop console: one package per screen, MVVM (thin FXML views over toolkit-free ViewModels). */
package io.omniroute.console;
