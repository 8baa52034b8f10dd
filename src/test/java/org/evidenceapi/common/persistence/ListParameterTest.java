package org.evidenceapi.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListParameterTest {
    @ParameterizedTest
    @CsvSource({"0, 1", "1, 1", "2, 2", "3, 4", "4, 4", "5, 8", "20, 32", "21, 32", "50, 64", "64, 64", "65, 128"})
    void aListTakesThePowerOfTwoThatHoldsIt(int size, int slots) {
        assertEquals(slots, ListParameter.slots(size));
    }
}
