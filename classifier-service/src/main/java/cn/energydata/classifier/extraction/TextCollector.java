package cn.energydata.classifier.extraction;

import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Collects a document's text within the shared budget, checking limits on every SAX event. */
final class TextCollector extends DefaultHandler {

    private final StringBuilder text = new StringBuilder();
    private final java.util.List<Integer> pageStarts = new java.util.ArrayList<>();
    private final Budget budget;

    TextCollector(Budget budget) {
        this.budget = budget;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        budget.check();
        int granted = budget.take(length);
        text.append(ch, start, granted);
        if (granted < length) {
            budget.check();
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    @Override
    public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes atts)
            throws SAXException {
        budget.check();
        // Tika marks each PDF (and paged) page with <div class="page">.
        if ("div".equals(localName) && "page".equals(atts.getValue("class"))) {
            pageStarts.add(text.length());
        }
    }

    int[] pageStarts() {
        return pageStarts.stream().mapToInt(Integer::intValue).toArray();
    }

    String text() {
        return text.toString();
    }
}
