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
    public static final Resource PredictedEvent = resource("PredictedEvent");
    public static final Resource FigureDefinition = resource("FigureDefinition");
    public static final Resource OrganizationCategory = resource("OrganizationCategory");
    public static final Resource NotabilityCriterion = resource("NotabilityCriterion");
    public static final Resource CodeAccessLevel = resource("CodeAccessLevel");

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
    public static final Property predicts = property("predicts");
    public static final Property figureDefinition = property("figureDefinition");
    public static final Property secCentralIndexKey = property("secCentralIndexKey");

    // Dates: observation, retrieval, precision (OWL-Time units)
    public static final Property asOf = property("asOf");
    public static final Property retrievedOn = property("retrievedOn");
    public static final Property datePrecision = property("datePrecision");
    public static final Property startDatePrecision = property("startDatePrecision");
    public static final Property endDatePrecision = property("endDatePrecision");
    public static final Property datePublishedPrecision = property("datePublishedPrecision");
    public static final Property issuedPrecision = property("issuedPrecision");
    public static final Property asOfPrecision = property("asOfPrecision");

    // Notable models (Epoch AI's table)
    public static final Property domain = property("domain");
    public static final Property organizationCategory = property("organizationCategory");
    public static final Property citationCount = property("citationCount");
    public static final Property notabilityCriterion = property("notabilityCriterion");
    public static final Property baseModel = property("baseModel");
    public static final Property finetuneCompute = property("finetuneCompute");
    public static final Property trainingCodeAccess = property("trainingCodeAccess");
    public static final Property inferenceCodeAccess = property("inferenceCodeAccess");
    public static final Property frontierModel = property("frontierModel");
    public static final Property trainingCompute = property("trainingCompute");
    public static final Property trainingDataset = property("trainingDataset");
    public static final Property trainingDatasetSize = property("trainingDatasetSize");
    public static final Property epochs = property("epochs");
    public static final Property trainingTime = property("trainingTime");
    public static final Property hardwareQuantity = property("hardwareQuantity");
    public static final Property hardwareUtilization = property("hardwareUtilization");
    public static final Property powerDraw = property("powerDraw");
    public static final Property batchSize = property("batchSize");
    public static final Property computeEstimationMethod = property("computeEstimationMethod");
    public static final Property priceYear = property("priceYear");

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
    public static final Resource Rounded = resource("Rounded");
    public static final Resource Confident = resource("Confident");
    public static final Resource Likely = resource("Likely");
    public static final Resource Speculative = resource("Speculative");
    public static final Resource UnknownConfidence = resource("UnknownConfidence");
    public static final Resource APIAccess = resource("APIAccess");
    public static final Resource HostedAccess = resource("HostedAccess");
    public static final Resource Unreleased = resource("Unreleased");
    public static final Resource OpenWeightsUnrestricted = resource("OpenWeightsUnrestricted");
    public static final Resource OpenWeightsRestricted = resource("OpenWeightsRestricted");
    public static final Resource OpenWeightsNonCommercial = resource("OpenWeightsNonCommercial");
    public static final Resource FigureDefinitions = resource("FigureDefinitions");
    public static final Resource MainModelParameters = resource("MainModelParameters");
    public static final Resource CheckpointParameters = resource("CheckpointParameters");
    public static final Resource Domains = resource("Domains");
    public static final Resource OrganizationCategories = resource("OrganizationCategories");
    public static final Resource Industry = resource("Industry");
    public static final Resource Academia = resource("Academia");
    public static final Resource ResearchCollective = resource("ResearchCollective");
    public static final Resource Government = resource("Government");
    public static final Resource NotabilityCriteria = resource("NotabilityCriteria");
    public static final Resource SOTAImprovement = resource("SOTAImprovement");
    public static final Resource HighlyCited = resource("HighlyCited");
    public static final Resource HistoricalSignificance = resource("HistoricalSignificance");
    public static final Resource TrainingCostCriterion = resource("TrainingCostCriterion");
    public static final Resource SignificantUse = resource("SignificantUse");
    public static final Resource CodeAccessLevels = resource("CodeAccessLevels");
    public static final Resource OpenSourceCode = resource("OpenSourceCode");
    public static final Resource OpenCodeNonCommercial = resource("OpenCodeNonCommercial");
    public static final Resource OpenCodeRestricted = resource("OpenCodeRestricted");
    public static final Resource UnreleasedCode = resource("UnreleasedCode");
    public static final Resource ComputeEstimationMethods = resource("ComputeEstimationMethods");
    public static final Resource FLOP = resource("FLOP");
    public static final Resource Datapoint = resource("Datapoint");
    public static final Resource Chip = resource("Chip");
}
