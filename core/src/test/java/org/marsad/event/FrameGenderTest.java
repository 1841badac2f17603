package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When the pronoun after a speech verb cannot be its speaker, by gender (normalised forms, as the reader compares them). */
class FrameGenderTest {
    @Test
    void aPronounOfTheOtherGenderIsNotTheSpeaker() {
        assertTrue(FrameReader.genderClash("قالت", "انه"));
        assertTrue(FrameReader.genderClash("واكدت", "بانه"));
        assertTrue(FrameReader.genderClash("قال", "انها"));
        assertFalse(FrameReader.genderClash("قالت", "انها"));
        assertFalse(FrameReader.genderClash("قال", "انه"));
        assertFalse(FrameReader.genderClash("قالت", "انهم"));
        // a form beginning with ت may be either: تابع and تحدث are masculine perfects, تقول a feminine imperfect
        assertFalse(FrameReader.genderClash("وتابع", "انه"));
        assertFalse(FrameReader.genderClash("تقول", "انها"));
    }
}
