package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Normalisation table: written form → matching key. */
class ArabicNormalizerTest {
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "مُحَمَّدٌ|محمد|harakat, shadda, tanwin",
        "الرَّحْمٰن|الرحمن|sukun and superscript alef",
        "الســـلام|السلام|tatweel",
        "أحمد|احمد|hamza above alef",
        "إسرائيل|اسراييل|hamza below alef; hamza on yeh seat",
        "آخر|اخر|madda",
        "ٱلله|الله|wasla",
        "مستشفى|مستشفي|alef maqsura",
        "مدينة|مدينه|teh marbuta",
        "مؤتمر|موتمر|hamza on waw seat",
        "ایران|ايران|Persian yeh",
        "کرکوک|كركوك|Persian keheh",
        "گولان|كولان|gaf",
        "ھەولێر|ههولێر|Kurdish heh doachashmee and ae",
        "٢٠٢٣|2023|Arabic-Indic digits",
        "۱۴۰۲|1402|Persian digits",
        "٣٫٥٪|3.5%|Arabic decimal separator and percent",
        "قال، ثم؛ لماذا؟|قال, ثم; لماذا?|Arabic comma, semicolon, question mark",
        "ال\u200Cحكومة\u200D|الحكومه|zero-width non-joiner and joiner",
        "\u200Fبيروت\u200E|بيروت|bidi marks",
        "\uFEFFدمشق|دمشق|BOM",
        "عمّان\u00A0-\u00A0وكالات|عمان - وكالات|NBSP",
        "الأمـــــمُ\u00ADالمتحدة|الاممالمتحده|soft hyphen removed",
        "Reuters 2020|Reuters 2020|Latin untouched",
    })
    void table(String written, String key, String what) {
        assertEquals(key, ArabicNormalizer.normalize(written), what);
    }
}
