package org.polypress.ingest;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Passes a parser's events on and stops the parse once its {@link ParseTimeLimit.Deadline} has passed: the
 * first line of the parse time limit, checked at every element and every run of characters, so a parser that
 * keeps producing stops at the deadline without a thread being abandoned.
 */
final class DeadlineContentHandler extends ContentHandlerDecorator {

    /** Thrown into the parser at the deadline; Tika may wrap it, so the extractor asks the deadline, not this. */
    static final class Passed extends SAXException {
        Passed() {
            super("the parse time limit has passed");
        }
    }

    private final ParseTimeLimit.Deadline deadline;

    DeadlineContentHandler(ContentHandler handler, ParseTimeLimit.Deadline deadline) {
        super(handler);
        this.deadline = deadline;
    }

    private void check() throws SAXException {
        if (deadline.passed()) {
            throw new Passed();
        }
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        check();
        super.startElement(uri, localName, name, atts);
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
        check();
        super.endElement(uri, localName, name);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        check();
        super.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        check();
        super.ignorableWhitespace(ch, start, length);
    }
}
