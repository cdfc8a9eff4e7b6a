package io.github.i3dsession.benchmarks;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart of ours/raw ratios, written by hand as SVG: one group per transport, one bar per
 * ratio, a whisker for its error, a dashed mark at its target, and a line at 1.0 (as fast or as lean as raw).
 */
final class SvgChart {
    private static final int WIDTH = 1000;
    private static final int LABEL_WIDTH = 250;
    private static final int PLOT_LEFT = LABEL_WIDTH + 10;
    private static final int PLOT_WIDTH = 440;
    private static final int BAR_HEIGHT = 18;
    private static final int BAR_GAP = 6;
    private static final int GROUP_GAP = 14;
    private static final int TOP = 70;
    private static final String PASS = "#2e7d32";
    private static final String MISS = "#c62828";

    /** One ratio: ours / raw, shorter is better, with the target it must not exceed. */
    record Bar(String group, String label, Metric ratio, double target) {
        boolean pass() {
            return ratio.score() <= target;
        }
    }

    private SvgChart() {}

    static String render(List<Bar> bars) {
        double scale = scale(bars);
        int groups = (int) bars.stream().map(Bar::group).distinct().count();
        int height = TOP + groups * (BAR_HEIGHT + GROUP_GAP) + bars.size() * (BAR_HEIGHT + BAR_GAP) + 60;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                        + " viewBox=\"0 0 %d %d\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"13\">%n",
                WIDTH,
                height,
                WIDTH,
                height));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, height));
        text(
                svg,
                12,
                24,
                "start",
                "bold",
                15,
                "i3d-session-java: our client / the same request by hand (GET /v3/session/user)");
        text(
                svg,
                12,
                44,
                "start",
                "normal",
                12,
                "Shorter is better. 1.0 = as fast (or as lean) as raw. Dashed mark: target. Whisker: JMH 99.9% error.");
        int plotBottom = height - 40;
        double step = scale <= 2 ? 0.25 : scale <= 4 ? 0.5 : 1;
        for (double tick = 0; tick <= scale + 1e-9; tick += step) {
            double x = x(tick, scale);
            boolean one = Math.abs(tick - 1) < 1e-9;
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\"" + " stroke-width=\"%s\"/>%n",
                    x,
                    TOP - 8,
                    x,
                    plotBottom,
                    one ? "#333" : "#ddd",
                    one ? "1.5" : "1"));
            text(svg, x, plotBottom + 16, "middle", "normal", 11, fmt("%.2f", tick) + "×");
        }
        int y = TOP;
        String group = null;
        for (Bar bar : bars) {
            if (!bar.group().equals(group)) {
                group = bar.group();
                y += GROUP_GAP;
                text(svg, 12, y + 4, "start", "bold", 13, group);
                y += BAR_HEIGHT - 6;
            }
            bar(svg, bar, y, scale);
            y += BAR_HEIGHT + BAR_GAP;
        }
        svg.append(String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>%n",
                PLOT_LEFT,
                plotBottom + 24,
                PASS));
        text(svg, PLOT_LEFT + 16, plotBottom + 34, "start", "normal", 11, "meets its target");
        svg.append(String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>%n",
                PLOT_LEFT + 140,
                plotBottom + 24,
                MISS));
        text(svg, PLOT_LEFT + 156, plotBottom + 34, "start", "normal", 11, "misses its target");
        return svg.append("</svg>\n").toString();
    }

    private static void bar(StringBuilder svg, Bar bar, int y, double scale) {
        Metric ratio = bar.ratio();
        double value = Double.isNaN(ratio.score()) ? 0 : ratio.score();
        text(svg, LABEL_WIDTH, y + 13, "end", "normal", 12, bar.label());
        svg.append(String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n",
                PLOT_LEFT,
                y,
                x(value, scale) - PLOT_LEFT,
                BAR_HEIGHT,
                bar.pass() ? PASS : MISS));
        if (!Double.isNaN(ratio.error())) {
            double mid = y + BAR_HEIGHT / 2.0;
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\""
                            + " stroke=\"#111\" stroke-width=\"1.5\"/>%n",
                    x(value - ratio.error(), scale),
                    mid,
                    x(value + ratio.error(), scale),
                    mid));
        }
        double target = x(bar.target(), scale);
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#111\""
                        + " stroke-width=\"2\" stroke-dasharray=\"3,2\"/>%n",
                target,
                y - 3,
                target,
                y + BAR_HEIGHT + 3));
        text(
                svg,
                PLOT_LEFT + PLOT_WIDTH + 12,
                y + 13,
                "start",
                "normal",
                12,
                ratio.format("%.2f") + "×  (target ≤ " + fmt("%.2f", bar.target()) + ")");
    }

    /**
     * The right end of the axis: the largest ratio or target plus a margin, rounded up to 0.25. Error whiskers
     * that reach further are cut at the axis end.
     */
    private static double scale(List<Bar> bars) {
        double max = 1.25;
        for (Bar bar : bars) {
            if (!Double.isNaN(bar.ratio().score())) {
                max = Math.max(max, bar.ratio().score());
            }
            max = Math.max(max, bar.target());
        }
        return Math.ceil(max * 1.1 / 0.25) * 0.25;
    }

    private static double x(double value, double scale) {
        return PLOT_LEFT + Math.max(0, Math.min(value, scale)) / scale * PLOT_WIDTH;
    }

    private static void text(
            StringBuilder svg, double x, double y, String anchor, String weight, int size, String text) {
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-weight=\"%s\""
                        + " font-size=\"%d\" fill=\"#111\">%s</text>%n",
                x,
                y,
                anchor,
                weight,
                size,
                escape(text)));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String fmt(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
