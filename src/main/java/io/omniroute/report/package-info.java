/** The what-if results as files, shared by {@code simulate --compare} and the console: diff.csv and report.html. */
package io.omniroute.report;
