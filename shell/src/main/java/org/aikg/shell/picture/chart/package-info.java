/**
 * Charts of a SELECT result: a spec names the columns, {@link org.aikg.shell.picture.chart.ChartData} checks and
 * reads the rows, and the chart is drawn as SVG with JFreeChart or as Unicode text for the terminal.
 */
package org.aikg.shell.picture.chart;
