package org.aikg.shell.picture;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/** An SVG picture parsed as XML by the JDK's parser, with helpers to read what a viewer would see. */
public record SvgDocument(Document document) {

    public static final String SVG_NS = "http://www.w3.org/2000/svg";

    /** Parses the text as namespace-aware XML, refusing DTDs; fails the test if it is not well-formed. */
    public static SvgDocument parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return new SvgDocument(factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new AssertionError("Not well-formed XML: " + e.getMessage(), e);
        }
    }

    public Element root() {
        return document.getDocumentElement();
    }

    /** The SVG elements with this local name, in document order. */
    public List<Element> elements(String localName) {
        NodeList nodes = document.getElementsByTagNameNS(SVG_NS, localName);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** The text of every text element, in document order. */
    public List<String> texts() {
        return elements("text").stream().map(Element::getTextContent).toList();
    }

    /** The text of every title element, in document order. */
    public List<String> titles() {
        return elements("title").stream().map(Element::getTextContent).toList();
    }

    /** The groups whose class attribute holds the word. */
    public List<Element> groupsOfClass(String word) {
        return elements("g").stream()
                .filter(g -> List.of(g.getAttribute("class").split(" ")).contains(word)).toList();
    }

    /** The texts inside an element. */
    public static List<String> textsIn(Element element) {
        NodeList nodes = element.getElementsByTagNameNS(SVG_NS, "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    /** The title directly inside an element, or "". */
    public static String titleOf(Element element) {
        NodeList nodes = element.getElementsByTagNameNS(SVG_NS, "title");
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }

    /** Names of attributes anywhere in the document that start with "on" (event handlers), and script elements. */
    public List<String> scripting() {
        List<String> found = new ArrayList<>();
        NodeList all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getLocalName().equals("script") || e.getLocalName().equals("foreignObject")) {
                found.add(e.getLocalName());
            }
            NamedNodeMap attributes = e.getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                String name = attributes.item(a).getLocalName();
                if (name != null && name.toLowerCase().startsWith("on")) {
                    found.add(name);
                }
            }
        }
        return found;
    }
}
