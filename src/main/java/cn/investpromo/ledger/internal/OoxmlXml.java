package cn.investpromo.ledger.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.util.XMLHelper;
import org.jspecify.annotations.Nullable;

import cn.investpromo.ledger.UnreadableFileException;

/**
 * StAX readers over the XML parts of an .xlsx, from POI's {@link XMLHelper}, which
 * refuses DTDs and external entities, and the small parsing helpers every part needs.
 */
final class OoxmlXml {

	private final XMLInputFactory factory = XMLHelper.newXMLInputFactory();

	/**
	 * A StAX reader over a part, decoding it ourselves: the JDK's parser, left to decode,
	 * prints a part with invalid bytes on standard error as well as failing ("[Fatal
	 * Error] … Invalid byte 1 of 1-byte UTF-8 sequence"). Parts are UTF-8 (with or
	 * without a byte-order mark), or UTF-16 with its byte-order mark, as Open XML allows.
	 */
	XMLStreamReader reader(InputStream part) throws IOException, XMLStreamException {
		BufferedInputStream in = new BufferedInputStream(part);
		in.mark(3);
		int b0 = in.read();
		int b1 = in.read();
		int b2 = in.read();
		in.reset();
		boolean utf16 = (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE);
		if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
			in.skipNBytes(3); // a UTF-8 byte-order mark: decoded, it would be text before
								// the XML declaration
		}
		CharsetDecoder decoder = (utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8).newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		return this.factory.createXMLStreamReader(new InputStreamReader(in, decoder));
	}

	/**
	 * Refuses a DTD in any part: Excel never writes one, and one is how entity expansion
	 * (billion laughs) and external entities get in. The parser expands nothing either
	 * way; this names the file for what it is.
	 */
	static int noDtd(int event) {
		if (event == XMLStreamConstants.DTD) {
			throw new UnreadableFileException("XML 含 DTD 或外部实体声明，出于安全原因拒绝读取",
					"the XML declares a DTD or external entities, refused for safety");
		}
		return event;
	}

	static @Nullable Integer integer(@Nullable String text) {
		try {
			return (text != null) ? Integer.valueOf(text.trim()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
