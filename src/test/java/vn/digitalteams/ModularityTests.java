package vn.digitalteams;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void modulesOnlyUseEachOthersPublicTypesAndHaveNoCycles() {
        ApplicationModules.of(DigitalTeamsApplication.class).verify();
    }
}
