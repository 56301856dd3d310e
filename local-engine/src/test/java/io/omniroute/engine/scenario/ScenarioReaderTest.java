package io.omniroute.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScenarioReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryRecordOfAValidFolder() throws IOException {
        Scenario scenario = ScenarioReader.read(TinyScenario.valid().writeTo(dir));

        assertThat(scenario).isEqualTo(TinyScenario.expected());
    }

    @Test
    void sortsOrderLinesByLineNo() throws IOException {
        Scenario scenario = ScenarioReader.read(TinyScenario.valid().writeTo(dir));

        assertThat(scenario.orders().get(0).lines()).extracting(line -> line.lineNo()).containsExactly(1, 2);
    }

    @Test
    void ignoresExtraColumnsAndAcceptsAnyColumnOrder() throws IOException {
        TinyScenario folder = TinyScenario.valid().with("inventory.csv", """
                note,safety_stock,sku,on_hand,node_id
                counted,5,SKU-1,100,DC-1
                counted,2,SKU-2,20,DC-1
                ,1,SKU-1,3,ST-1
                """);

        Scenario scenario = ScenarioReader.read(folder.writeTo(dir));

        assertThat(scenario.inventory()).isEqualTo(TinyScenario.expected().inventory());
    }

    @Test
    void readsOrdersWithoutTheOptionalCustomerNameColumn() throws IOException {
        TinyScenario folder = TinyScenario.valid().with("orders.csv", """
                order_id,created_at,channel,fulfillment,service_level,lat,lon,zip,pickup_node_id
                O-1,2026-03-02T08:15:00Z,WEB,SHIP,STANDARD,42.36,-71.06,02108,
                O-2,2026-03-02T09:00:00Z,APP,PICKUP,SAME_DAY,40.73,-73.99,10003,ST-1
                """);

        Scenario scenario = ScenarioReader.read(folder.writeTo(dir));

        assertThat(scenario.orders()).extracting(Order::customerName).containsExactly("", "");
    }

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
        TinyScenario folder = TinyScenario.valid().withLine("skus.csv", 2,
                "SKU-1,\"Mug, \"\"blue\"\"\nlarge\",kitchen,0.4,12.5");

        Scenario scenario = ScenarioReader.read(folder.writeTo(dir));

        assertThat(scenario.skus().get(0).name()).isEqualTo("Mug, \"blue\"\nlarge");
    }

    @Test
    void countsLinesPhysicallySoAQuotedLineBreakShiftsLaterRows() {
        TinyScenario folder = TinyScenario.valid()
                .withLine("skus.csv", 3, "SKU-2,Desk Lamp,home,-1.2,39.99")
                .withLine("skus.csv", 2, "SKU-1,\"Blue\nMug\",kitchen,0.4,12.5");

        InvalidInputException e = read(folder);

        assertThat(e.problems()).containsExactly(
                new InputProblem("skus.csv", 4, "weight_kg", "-1.2 is negative: must be >= 0"));
    }

    @Test
    void readsCrlfLineEndingsAndAByteOrderMark() throws IOException {
        TinyScenario folder = TinyScenario.valid()
                .with("zones.csv", "\uFEFFzone,max_km\r\nZ1,150\r\nZ2,600\r\nZ3,\r\n");

        Scenario scenario = ScenarioReader.read(folder.writeTo(dir));

        assertThat(scenario.zones()).isEqualTo(TinyScenario.expected().zones());
    }

    @Test
    void leavesRulesEmptyWithoutRulesYaml() throws IOException {
        Scenario scenario = ScenarioReader.read(TinyScenario.valid().writeTo(dir));

        assertThat(scenario.rules()).isEmpty();
    }

    @ParameterizedTest(name = "{0} line {1}: {2}")
    @CsvSource(delimiterString = "|", quoteCharacter = '`', textBlock = """
            nodes.csv          | 2 | DC-1,East DC,WAREHOUSE,40.7,-74,10001,true,false,false,true,,2.5,0.1,1,     | 2 | type            | "WAREHOUSE" is not a valid type: expected one of DC, STORE, DARK_STORE, DROPSHIP_VENDOR, THREE_PL
            nodes.csv          | 2 | DC-1,East DC,DC,95,-74,10001,true,false,false,true,,2.5,0.1,1,            | 2 | lat             | 95 is out of range: must be between -90 and 90
            nodes.csv          | 2 | DC-1,East DC,DC,40.7,-181,10001,true,false,false,true,,2.5,0.1,1,         | 2 | lon             | -181 is out of range: must be between -180 and 180
            nodes.csv          | 2 | DC-1,East DC,DC,40.7,-74,10001,yes,false,false,true,,2.5,0.1,1,           | 2 | ship            | "yes" is not a boolean: expected true or false
            nodes.csv          | 2 | DC-1,East DC,DC,40.7,-74,10001,true,false,false,true,-3,2.5,0.1,1,        | 2 | daily_capacity  | -3 is negative: must be >= 0
            nodes.csv          | 2 | DC-1,East DC,DC,40.7,-74,10001,true,false,false,true,,-2.5,0.1,1,         | 2 | handling_cost   | -2.5 is negative: must be >= 0
            nodes.csv          | 2 | DC-1,East DC,DC,40.7,-74,10001,true,false,false,true,,2.5,cheap,1,        | 2 | pick_cost       | "cheap" is not a number: expected a number >= 0
            nodes.csv          | 2 | DC-1,East DC,DC,40.7,-74,10001,true,false,false,true,,2.5,0.1,1.5,        | 2 | processing_days | "1.5" is not a whole number: expected an integer >= 0
            nodes.csv          | 3 | DC-1,Other DC,DC,40.7,-74,10001,true,true,false,true,,2.5,0.1,1,          | 3 | node_id         | duplicate node_id "DC-1": already on line 2
            skus.csv           | 2 | SKU-1,Blue Mug,kitchen,-0.4,12.5                                           | 2 | weight_kg       | -0.4 is negative: must be >= 0
            skus.csv           | 3 | SKU-2,Desk Lamp,home,1.2,                                                  | 3 | unit_price      | blank: expected a number >= 0
            skus.csv           | 3 | ,Desk Lamp,home,1.2,39.99                                                  | 3 | sku             | blank: a sku is required
            inventory.csv      | 2 | DC-1,SKU-1,-3,5                                                            | 2 | on_hand         | -3 is negative: must be >= 0
            inventory.csv      | 2 | DC-1,SKU-1,100,1e3                                                         | 2 | safety_stock    | "1e3" is not a whole number: expected an integer >= 0
            inventory.csv      | 2 | DC-9,SKU-1,100,5                                                           | 2 | node_id         | unknown node_id "DC-9": no such node_id in nodes.csv
            inventory.csv      | 2 | DC-1,SKU-9,100,5                                                           | 2 | sku             | unknown sku "SKU-9": no such sku in skus.csv
            inventory.csv      | 3 | DC-1,SKU-1,20,2                                                            | 3 | node_id+sku     | duplicate DC-1+SKU-1: already on line 2 (one row per node_id+sku)
            inventory.csv      | 2 | DC-1,SKU-1,100                                                             | 2 |                 | row has 3 fields but the header has 4: give every column a value, or leave it empty between commas
            inventory.csv      | 2 | DC-1,SKU-1,1,000,5                                                         | 2 |                 | row has 5 fields but the header has 4: quote fields that contain commas
            zones.csv          | 2 | Z1,0                                                                       | 2 | max_km          | 0 is not positive: must be > 0, or blank for no limit
            zones.csv          | 3 | Z2,                                                                        | 4 | max_km          | blank, but zone on line 3 is already unlimited: at most one zone may have a blank max_km
            zones.csv          | 3 | Z1,600                                                                     | 3 | zone            | duplicate zone "Z1": already on line 2
            carriers.csv       | 2 | UPS,GROUND,Z9,6.5,0.5,2,                                                   | 2 | zone            | unknown zone "Z9": no such zone in zones.csv
            carriers.csv       | 2 | UPS,GROUND,Z1,-6.5,0.5,2,                                                  | 2 | base_rate       | -6.5 is negative: must be >= 0
            carriers.csv       | 2 | UPS,GROUND,Z1,6.5,0.5,-2,                                                  | 2 | transit_days    | -2 is negative: must be >= 0
            carriers.csv       | 3 | UPS,GROUND,Z1,11,0.9,5,                                                    | 3 | carrier+service+zone | duplicate UPS+GROUND+Z1: already on line 2
            service_levels.csv | 3 | SAME_DAY,-1                                                                | 3 | max_days        | -1 is negative: must be >= 0
            service_levels.csv | 3 | STANDARD,0                                                                 | 3 | service_level   | duplicate service_level "STANDARD": already on line 2
            orders.csv         | 2 | O-1,2026-03-02 08:15,WEB,SHIP,STANDARD,42.36,-71.06,02108,,Ada             | 2 | created_at      | "2026-03-02 08:15" is not an ISO-8601 UTC timestamp: expected for example 2026-03-02T08:15:00Z
            orders.csv         | 2 | O-1,2026-02-30T08:15:00Z,WEB,SHIP,STANDARD,42.36,-71.06,02108,,Ada         | 2 | created_at      | "2026-02-30T08:15:00Z" is not an ISO-8601 UTC timestamp: expected for example 2026-03-02T08:15:00Z
            orders.csv         | 2 | O-1,2026-03-02T08:15:00Z,WEB,DELIVER,STANDARD,42.36,-71.06,02108,,Ada      | 2 | fulfillment     | "DELIVER" is not a valid fulfillment: expected one of SHIP, PICKUP
            orders.csv         | 2 | O-1,2026-03-02T08:15:00Z,WEB,SHIP,EXPRESS,42.36,-71.06,02108,,Ada          | 2 | service_level   | unknown service_level "EXPRESS": no such service_level in service_levels.csv
            orders.csv         | 2 | O-1,2026-03-02T08:15:00Z,WEB,SHIP,STANDARD,-91,-71.06,02108,,Ada           | 2 | lat             | -91 is out of range: must be between -90 and 90
            orders.csv         | 2 | O-1,2026-03-02T08:15:00Z,WEB,SHIP,STANDARD,42.36,-71.06,02108,ST-1,Ada     | 2 | pickup_node_id  | "ST-1" given for a SHIP order: leave pickup_node_id blank unless fulfillment is PICKUP
            orders.csv         | 3 | O-2,2026-03-02T09:00:00Z,APP,PICKUP,SAME_DAY,40.73,-73.99,10003,,          | 3 | pickup_node_id  | blank: a PICKUP order needs the node_id of a node with pickup=true
            orders.csv         | 3 | O-2,2026-03-02T09:00:00Z,APP,PICKUP,SAME_DAY,40.73,-73.99,10003,ST-9,      | 3 | pickup_node_id  | unknown pickup_node_id "ST-9": no such node_id in nodes.csv
            orders.csv         | 3 | O-1,2026-03-02T09:00:00Z,APP,SHIP,SAME_DAY,40.73,-73.99,10003,,            | 3 | order_id        | duplicate order_id "O-1": already on line 2
            order_lines.csv    | 4 | O-9,1,SKU-1,1                                                              | 4 | order_id        | unknown order_id "O-9": no such order_id in orders.csv
            order_lines.csv    | 4 | O-2,1,SKU-9,1                                                              | 4 | sku             | unknown sku "SKU-9": no such sku in skus.csv
            order_lines.csv    | 4 | O-2,0,SKU-1,1                                                              | 4 | line_no         | 0 is too small: must be >= 1
            order_lines.csv    | 4 | O-2,1,SKU-1,0                                                              | 4 | qty             | 0 is too small: must be >= 1
            order_lines.csv    | 4 | O-2,1,SKU-1,2000000                                                        | 4 | qty             | 2000000 is too large: must be <= 1000000
            order_lines.csv    | 3 | O-1,2,SKU-1,2                                                              | 3 | line_no         | duplicate line_no 2 in order "O-1": already on line 2
            """)
    void reportsBadInputWithFileLineAndField(String file, int line, String row, int problemLine, String field,
            String message) {
        TinyScenario folder = TinyScenario.valid().withLine(file, line, row);

        InvalidInputException e = read(folder);

        assertThat(e.problems()).contains(new InputProblem(file, problemLine, field == null ? "" : field, message));
    }

    @Test
    void rejectsAPickupOrderAtANodeWithoutPickup() {
        TinyScenario folder = TinyScenario.valid().withLine("orders.csv", 3,
                "O-2,2026-03-02T09:00:00Z,APP,PICKUP,SAME_DAY,40.73,-73.99,10003,DC-1,");

        InvalidInputException e = read(folder);

        assertThat(e.problems()).containsExactly(new InputProblem("orders.csv", 3, "pickup_node_id",
                "node \"DC-1\" has pickup=false (nodes.csv line 2): a PICKUP order needs a node with pickup=true"));
    }

    @Test
    void rejectsAnOrderWithoutLines() {
        TinyScenario folder = TinyScenario.valid().withRow("orders.csv",
                "O-3,2026-03-02T10:00:00Z,WEB,SHIP,STANDARD,42.36,-71.06,02108,,");

        InvalidInputException e = read(folder);

        assertThat(e.problems()).containsExactly(new InputProblem("orders.csv", 4, "order_id",
                "order \"O-3\" has no lines: every order needs at least one row in order_lines.csv"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nodes.csv", "skus.csv", "inventory.csv", "zones.csv", "carriers.csv",
            "service_levels.csv", "orders.csv", "order_lines.csv"})
    void reportsAMissingFile(String file) {
        TinyScenario folder = TinyScenario.valid().without(file);

        InvalidInputException e = read(folder);

        assertThat(e.problems().get(0)).isEqualTo(new InputProblem(file, 0, "",
                "file is missing: a scenario folder needs " + dir.resolve(file).toAbsolutePath().normalize()));
    }

    @Test
    void reportsAMissingColumnOnTheHeaderLine() {
        TinyScenario folder = TinyScenario.valid().with("service_levels.csv", "service_level,days\nSTANDARD,5\n");

        InvalidInputException e = read(folder);

        assertThat(e.problems()).containsExactly(new InputProblem("service_levels.csv", 1, "max_days",
                "column is missing: the header needs service_level,max_days in any order (found service_level,days)"));
    }

    @Test
    void reportsAnEmptyFile() {
        TinyScenario folder = TinyScenario.valid().with("zones.csv", "");

        InvalidInputException e = read(folder);

        assertThat(e.problems()).containsExactly(new InputProblem("zones.csv", 0, "",
                "file is empty: expected a header row with zone,max_km"));
    }

    @Test
    void reportsARequiredColumnThatAppearsTwice() {
        TinyScenario folder = TinyScenario.valid().with("service_levels.csv",
                "service_level,max_days,max_days\nSTANDARD,5,5\nSAME_DAY,0,0\n");

        InvalidInputException e = read(folder);

        assertThat(e.problems()).containsExactly(new InputProblem("service_levels.csv", 1, "max_days",
                "column appears twice in the header (columns 2 and 3): keep one"));
    }

    @Test
    void reportsAnUnterminatedQuoteAtTheLineItStarts() {
        TinyScenario folder = TinyScenario.valid().withLine("skus.csv", 2, "SKU-1,\"Blue Mug,kitchen,0.4,12.5");

        InvalidInputException e = read(folder);

        assertThat(e.problems()).containsExactly(new InputProblem("skus.csv", 2, "name",
                "a quoted field is never closed: add the closing \" (quotes inside a quoted field are written as"
                        + " \"\")"));
    }

    @Test
    void collectsProblemsFromSeveralFilesInOneRun() {
        TinyScenario folder = TinyScenario.valid()
                .withLine("nodes.csv", 2, "DC-1,East DC,DC,40.7,-74,10001,true,false,false,true,,2.5,0.1,-1,")
                .withLine("order_lines.csv", 4, "O-2,1,SKU-1,-2");

        InvalidInputException e = read(folder);

        assertThat(e.problems()).extracting(InputProblem::toString).containsExactly(
                "nodes.csv line 2 field processing_days: -1 is negative: must be >= 0",
                "order_lines.csv line 4 field qty: -2 is too small: must be >= 1");
    }

    @Test
    void stopsAtOneHundredProblems() {
        TinyScenario folder = TinyScenario.valid();
        for (int i = 0; i < 150; i++) {
            folder.withRow("inventory.csv", "ST-1,SKU-2,-1,0");
        }

        InvalidInputException e = read(folder);

        assertThat(e.problems()).hasSize(100);
    }

    @Test
    void refusesAPathThatIsNotAFolder() {
        Path missing = dir.resolve("nowhere");

        assertThatThrownBy(() -> ScenarioReader.read(missing))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is not a folder");
    }

    @Test
    void readsRulesYamlWhenPresent() throws IOException {
        TinyScenario.valid().writeTo(dir);
        Files.writeString(dir.resolve("rules.yaml"), """
                profiles:
                  - name: same-day
                    when: {service_level: [SAME_DAY]}
                """);

        Scenario scenario = ScenarioReader.read(dir);

        assertThat(scenario.rules()).map(rules -> rules.profiles().get(0).name()).isEqualTo(Optional.of("same-day"));
    }

    @Test
    void rejectsRulesNamingAnUnknownServiceLevel() throws IOException {
        TinyScenario.valid().writeTo(dir);
        Files.writeString(dir.resolve("rules.yaml"), """
                profiles:
                  - name: express
                    when: {service_level: [EXPRESS]}
                """);

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> ScenarioReader.read(dir));

        assertThat(e.problems()).allSatisfy(problem -> assertThat(problem.file()).isEqualTo("rules.yaml"))
                .anySatisfy(problem -> assertThat(problem.message()).contains("EXPRESS"));
    }

    private InvalidInputException read(TinyScenario folder) {
        Path written = folder.writeTo(dir);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> ScenarioReader.read(written));
        assertThat(e).as("reading should fail").isNotNull();
        return e;
    }
}
