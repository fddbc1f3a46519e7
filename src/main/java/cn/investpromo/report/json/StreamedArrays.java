package cn.investpromo.report.json;

import java.util.IdentityHashMap;
import java.util.Map;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import cn.investpromo.store.Rows;

/**
 * The long lists of the tree: placeholder arrays, written row by row as they are read, so
 * that no long list is held as nodes.
 */
final class StreamedArrays {

	private final Map<JsonNode, Rows<ObjectNode>> streamed = new IdentityHashMap<>();

	/** The placeholder {@code array} stands for these rows. */
	void put(ArrayNode array, Rows<ObjectNode> rows) {
		this.streamed.put(array, rows);
	}

	/** Writes the tree, each placeholder array as its rows are read. */
	void write(JsonGenerator generator, JsonNode node) {
		Rows<ObjectNode> rows = this.streamed.get(node);
		if (rows != null) {
			generator.writeStartArray();
			rows.forEach(generator::writeTree);
			generator.writeEndArray();
		}
		else if (node.isObject()) {
			generator.writeStartObject();
			for (Map.Entry<String, JsonNode> property : node.properties()) {
				generator.writeName(property.getKey());
				write(generator, property.getValue());
			}
			generator.writeEndObject();
		}
		else {
			generator.writeTree(node);
		}
	}

}
