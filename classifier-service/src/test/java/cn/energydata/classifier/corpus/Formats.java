package cn.energydata.classifier.corpus;

/** Small invented files in energy formats, written from the formats' public descriptions. */
public final class Formats {

    private Formats() {
    }

    public static final String SCL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <SCL xmlns="http://www.iec.ch/61850/2003/SCL" version="2007" revision="B">
              <Header id="Demo110kV" version="1"/>
              <Substation name="DEMO1">
                <VoltageLevel name="110kV"><Bay name="Q01"><ConductingEquipment name="QA1" type="CBR"/></Bay></VoltageLevel>
              </Substation>
              <Communication>
                <SubNetwork name="StationBus" type="8-MMS">
                  <ConnectedAP iedName="P1" apName="S1"><Address><P type="IP">192.168.10.11</P></Address></ConnectedAP>
                </SubNetwork>
              </Communication>
              <IED name="P1" manufacturer="Demo"><AccessPoint name="S1"/></IED>
            </SCL>
            """;

    public static final String CIM = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:cim="http://iec.ch/TC57/2013/CIM-schema-cim16#">
              <cim:Substation rdf:ID="_SS1"><cim:IdentifiedObject.name>Demo North</cim:IdentifiedObject.name></cim:Substation>
              <cim:ACLineSegment rdf:ID="_L1">
                <cim:IdentifiedObject.name>North-South 1</cim:IdentifiedObject.name>
                <cim:ACLineSegment.r>1.2</cim:ACLineSegment.r><cim:ACLineSegment.x>12.5</cim:ACLineSegment.x>
              </cim:ACLineSegment>
              <cim:PowerTransformer rdf:ID="_T1"><cim:IdentifiedObject.name>T1</cim:IdentifiedObject.name></cim:PowerTransformer>
            </rdf:RDF>
            """;

    public static final String PSSE = """
            0,   100.00, 33, 0, 1, 60.00     / PSS(R)E-33 RAW created for a demo case
            DEMO CASE
            THREE BUS TEST
                1,'BUS-1       ', 345.0000,3,   1,   1,   1,1.00000,   0.0000
                2,'BUS-2       ', 345.0000,2,   1,   1,   1,1.00000,   0.0000
                3,'BUS-3       ', 345.0000,1,   1,   1,   1,1.00000,   0.0000
            0 / END OF BUS DATA, BEGIN LOAD DATA
                3,'1 ',1,   1,   1,    90.000,    30.000
            0 / END OF LOAD DATA, BEGIN FIXED SHUNT DATA
            0 / END OF FIXED SHUNT DATA, BEGIN GENERATOR DATA
            0 / END OF GENERATOR DATA, BEGIN BRANCH DATA
                1,     2,'1 ', 1.00000E-2, 8.50000E-2,   0.17600
            0 / END OF BRANCH DATA
            Q
            """;

    public static final String COMTRADE = """
            DEMO SUBSTATION,REC01,1999
            4,3A,1D
            1,IA,A,L1,A,0.01,0,0,-32767,32767,1000,1,P
            2,IB,B,L1,A,0.01,0,0,-32767,32767,1000,1,P
            3,VA,A,BUS1,kV,0.005,0,0,-32767,32767,110,0.1,P
            1,TRIP,,,0
            50
            1
            4000,2000
            28/11/2026,10:15:00.000000
            28/11/2026,10:15:00.100000
            ASCII
            1
            """;

    public static final String GEOJSON = """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"name":"Demo 220 kV substation","kind":"substation"},
              "geometry":{"type":"Point","coordinates":[118.7968821,32.0602553]}},
             {"type":"Feature","properties":{"name":"Demo 220 kV transmission line","kind":"line"},
              "geometry":{"type":"LineString","coordinates":[[118.7968821,32.0602553],[118.8512345,32.1012345]]}}]}
            """;

    public static final String KML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <kml xmlns="http://www.opengis.net/kml/2.2"><Document>
              <Placemark><name>Tower 17 of the 500 kV line</name><Point><coordinates>116.3971281,39.9165271,0</coordinates></Point></Placemark>
            </Document></kml>
            """;
}
