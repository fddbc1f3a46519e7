package cn.investpromo.report.json;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import cn.investpromo.report.FrontPage;
import cn.investpromo.report.Money;
import cn.investpromo.report.NarrativeParagraph;
import cn.investpromo.report.ReportModel;

/**
 * The words of the report as JSON: {@code narrative}, {@code narrativeParagraphs} and
 * {@code frontPage} (the tiles and 本月要点, with the colour rises are shown in).
 */
final class FrontPageJson {

	private FrontPageJson() {
	}

	static void narrative(ObjectNode root, ReportModel model) {
		root.put("narrative", model.narrative());
		ArrayNode paragraphs = root.putArray("narrativeParagraphs");
		for (NarrativeParagraph paragraph : model.narrativeParagraphs()) {
			paragraphs.addObject().put("heading", paragraph.heading()).put("text", paragraph.text());
		}
	}

	static void frontPage(ObjectNode node, FrontPage frontPage) {
		node.put("riseColour", frontPage.riseColour().key());
		ArrayNode tiles = node.putArray("tiles");
		for (FrontPage.Tile tile : frontPage.tiles()) {
			tile(tiles.addObject(), tile);
		}
		ArrayNode highlights = node.putArray("highlights");
		for (FrontPage.Highlight highlight : frontPage.highlights()) {
			highlights.addObject().put("key", highlight.key()).put("text", highlight.text());
		}
	}

	private static void tile(ObjectNode t, FrontPage.Tile tile) {
		t.put("key", tile.key());
		t.put("label", tile.label());
		t.put("unit", tile.unit().key());
		if (tile.value() == null) {
			t.putNull("value");
		}
		else if (tile.unit() == FrontPage.Unit.COUNT) {
			t.put("value", tile.value().longValue());
		}
		else if (tile.unit() == FrontPage.Unit.WAN || tile.unit() == FrontPage.Unit.USD_WAN) {
			t.put("value", Money.wanText(tile.value()));
		}
		else {
			t.put("value", tile.value().toPlainString());
		}
		t.put("valueText", tile.valueText());
		t.put("unitText", tile.unitText());
		if (tile.changePercent() == null) {
			t.putNull("change");
		}
		else {
			t.put("change", tile.changePercent().toPlainString());
		}
		t.put("changeBasis", tile.key().equals("targets") ? "schedulePoints" : "yearOnYearPercent");
		t.put("changeText", tile.changeText());
		t.put("direction", tile.direction().key());
		t.put("detail", tile.detail());
		t.put("light", (tile.light() != null) ? tile.light().key() : null);
	}

}
