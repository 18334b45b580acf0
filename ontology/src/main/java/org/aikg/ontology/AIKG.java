package org.aikg.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of the aikg ontology ({@value #NS}), one constant per term, spelled like its local name. */
public final class AIKG {

    /** The namespace of the aikg ontology. */
    public static final String NS = "https://w3id.org/aikg/ns#";

    /** The IRI of the ontology itself. */
    public static final String ONTOLOGY = "https://w3id.org/aikg/ns";

    /** The base of entity IRIs. */
    public static final String ID = "https://w3id.org/aikg/id/";

    /** The base of source graph IRIs. */
    public static final String SOURCE = "https://w3id.org/aikg/source/";

    /** The base of aikg's own curated graphs (entity registry, source catalogue). */
    public static final String GRAPH = "https://w3id.org/aikg/graph/";

    private AIKG() {}

    /** The namespace as a string. */
    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    // Classes
    public static final Resource Company = resource("Company");
    public static final Resource AILab = resource("AILab");
    public static final Resource Foundation = resource("Foundation");
    public static final Resource AnalystFirm = resource("AnalystFirm");
    public static final Resource Publisher = resource("Publisher");
    public static final Resource CompanyGroup = resource("CompanyGroup");
    public static final Resource AIModel = resource("AIModel");
    public static final Resource ModelFamily = resource("ModelFamily");
    public static final Resource AIService = resource("AIService");
    public static final Resource GPUModel = resource("GPUModel");
    public static final Resource ModelLicense = resource("ModelLicense");
    public static final Resource AccessLevel = resource("AccessLevel");
    public static final Resource TrainingRun = resource("TrainingRun");
    public static final Resource APIPrice = resource("APIPrice");
    public static final Resource TokenDirection = resource("TokenDirection");
    public static final Resource MarketEvent = resource("MarketEvent");
    public static final Resource IndexPeak = resource("IndexPeak");
    public static final Resource IndexChange = resource("IndexChange");
    public static final Resource MarketValueLoss = resource("MarketValueLoss");
    public static final Resource Valuation = resource("Valuation");
    public static final Resource ShareOfIndexGain = resource("ShareOfIndexGain");
    public static final Resource StockIndex = resource("StockIndex");
    public static final Resource Claim = resource("Claim");
    public static final Resource FigureQualifier = resource("FigureQualifier");

    // Properties
    public static final Property formerName = property("formerName");
    public static final Property accessLevel = property("accessLevel");
    public static final Property parameterCount = property("parameterCount");
    public static final Property activeParameterCount = property("activeParameterCount");
    public static final Property gpuHours = property("gpuHours");
    public static final Property trainingTokens = property("trainingTokens");
    public static final Property trainingCost = property("trainingCost");
    public static final Property priceOf = property("priceOf");
    public static final Property provider = property("provider");
    public static final Property perTokens = property("perTokens");
    public static final Property tokenDirection = property("tokenDirection");
    public static final Property index = property("index");
    public static final Property subject = property("subject");
    public static final Property indexLevel = property("indexLevel");
    public static final Property changePercent = property("changePercent");
    public static final Property sharePercent = property("sharePercent");
    public static final Property amount = property("amount");
    public static final Property recordNote = property("recordNote");
    public static final Property precedentFor = property("precedentFor");
    public static final Property speaker = property("speaker");
    public static final Property speakerAffiliation = property("speakerAffiliation");
    public static final Property speakerRole = property("speakerRole");
    public static final Property paraphrase = property("paraphrase");
    public static final Property channel = property("channel");
    public static final Property claimedFactor = property("claimedFactor");
    public static final Property supports = property("supports");
    public static final Property qualifier = property("qualifier");

    // Concept schemes, concepts and units
    public static final Resource AccessLevels = resource("AccessLevels");
    public static final Resource OpenWeights = resource("OpenWeights");
    public static final Resource ClosedWeights = resource("ClosedWeights");
    public static final Resource TokenDirections = resource("TokenDirections");
    public static final Resource InputTokens = resource("InputTokens");
    public static final Resource OutputTokens = resource("OutputTokens");
    public static final Resource UnspecifiedTokens = resource("UnspecifiedTokens");
    public static final Resource FigureQualifiers = resource("FigureQualifiers");
    public static final Resource Exact = resource("Exact");
    public static final Resource Estimate = resource("Estimate");
    public static final Resource Approximate = resource("Approximate");
    public static final Resource LowerBound = resource("LowerBound");
    public static final Resource UpperBound = resource("UpperBound");
    public static final Resource GPUHour = resource("GPUHour");
    public static final Resource Token = resource("Token");
    public static final Resource Parameter = resource("Parameter");
    public static final Resource IndexPoint = resource("IndexPoint");
}
