package cn.investpromo.report.pdf;

import org.jfree.chart.JFreeChart;

/** A chart as a plot draws it, and the height it wants at {@link Charts#WIDTH}. */
record Plotted(JFreeChart chart, float height) {
}
