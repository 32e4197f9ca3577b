package org.polypress.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.polypress.model.Direction;

/** Language, script and direction, on sentences written for these tests. */
class LanguageIdentifierTest {

    private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier(Set.of("en"));

    @Test
    void englishTextIsEnglishInLatinScript() {
        Language language = IDENTIFIER.identify("The ferry line between the harbor and the island resumed its normal "
                + "timetable on Monday morning, three days after a storm forced operators to halt all crossings.", null);
        assertEquals(new Language("en", "Latn", Direction.LTR, false), language);
    }

    @Test
    void arabicTextIsRightToLeft() {
        Language language = IDENTIFIER.identify("افتتح معرض الكتاب أبوابه صباح اليوم بمشاركة أكثر من مئتي دار نشر من "
                + "مختلف الدول العربية، وسط إقبال كبير من الزوار والطلاب.", null);
        assertEquals("Arab", language.script());
        assertEquals(Direction.RTL, language.direction());
        assertEquals("ar", language.tag());
    }

    @Test
    void hanWithKanaIsJapanese() {
        assertEquals("ja", IDENTIFIER.identify("東京都内で二十一日、新しい路面電車の試運転が行われました。", null).tag());
    }

    @Test
    void hanAloneIsChineseSimplifiedOrTraditional() {
        assertEquals("zh-Hans", IDENTIFIER.identify("记者从市交通运输局获悉，新的有轨电车线路将于下月开通运营。", null).tag());
        assertEquals("zh-Hant", IDENTIFIER.identify("記者從市交通運輸局獲悉，新的輕軌電車線路將於下月開通營運。", null).tag());
    }

    @Test
    void statedLanguageWinsOverDetection() {
        Language language = IDENTIFIER.identify("The ferry line resumed its normal timetable on Monday.", "fr");
        assertEquals("fr", language.tag());
        assertEquals("Latn", language.script());
        assertTrue(language.stated());
    }

    /** Sentences written for this test, one per language the issue names, each with its tag and script. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            ko | Kore | 서울시는 다음 달부터 한강 수상버스 운항을 시작한다고 15일 밝혔다. 시민들은 출퇴근 시간에 새로운 교통수단을 이용할 수 있게 된다.
            pt | Latn | A prefeitura anunciou nesta segunda-feira que a nova linha de bonde começará a operar no próximo mês, ligando o centro à zona norte da cidade.
            he | Hebr | עיריית תל אביב הודיעה היום כי קו הרכבת הקלה החדש ייפתח לציבור בחודש הבא, לאחר שנים של עבודות בנייה.
            fa | Arab | شهرداری تهران اعلام کرد که خط جدید قطار شهری از ماه آینده به روی مسافران باز خواهد شد و رفت و آمد را آسان‌تر می‌کند.
            hi | Deva | नगर निगम ने सोमवार को घोषणा की कि नई मेट्रो लाइन अगले महीने से यात्रियों के लिए खोल दी जाएगी, जिससे शहर के उत्तरी हिस्से तक पहुंचना आसान होगा।
            th | Thai | กรุงเทพมหานครประกาศว่ารถไฟฟ้าสายใหม่จะเปิดให้บริการประชาชนในเดือนหน้า หลังจากการก่อสร้างที่ใช้เวลาหลายปี
            vi | Latn | Thành phố Hà Nội thông báo tuyến đường sắt đô thị mới sẽ chính thức đi vào hoạt động từ tháng tới, giúp người dân đi lại thuận tiện hơn.
            tr | Latn | İstanbul Büyükşehir Belediyesi, yeni metro hattının gelecek ay yolcu taşımaya başlayacağını pazartesi günü duyurdu.
            kk | Cyrl | Алматы қаласының әкімдігі жаңа метро желісі келесі айдан бастап жолаушыларға ашылатынын хабарлады.
            ur | Arab | شہر کی انتظامیہ نے اعلان کیا ہے کہ نئی میٹرو لائن اگلے مہینے سے مسافروں کے لیے کھول دی جائے گی اور اس سے شہریوں کو سہولت ملے گی۔
            fr | Latn | La mairie a annoncé lundi que la nouvelle ligne de tramway entrera en service le mois prochain, reliant le centre aux quartiers nord.
            es | Latn | El ayuntamiento anunció el lunes que la nueva línea de tranvía entrará en servicio el mes próximo y unirá el centro con los barrios del norte.
            de | Latn | Die Stadtverwaltung teilte am Montag mit, dass die neue Straßenbahnlinie im kommenden Monat den Betrieb aufnehmen und das Zentrum mit dem Norden verbinden wird.
            da | Latn | Kommunen oplyste mandag, at den nye letbanelinje åbner for passagerer i næste måned og forbinder centrum med de nordlige bydele.
            sv | Latn | Kommunen meddelade på måndagen att den nya spårvägslinjen öppnar för resenärer nästa månad och förbinder centrum med de norra stadsdelarna.
            nb | Latn | Kommunen opplyste mandag at den nye bybanelinjen åpner for passasjerer neste måned og knytter sentrum sammen med bydelene i nord.
            nl | Latn | De gemeente maakte maandag bekend dat de nieuwe tramlijn volgende maand in gebruik wordt genomen en het centrum verbindt met de noordelijke wijken.
            it | Latn | Il comune ha annunciato lunedì che la nuova linea del tram entrerà in servizio il mese prossimo e collegherà il centro con i quartieri a nord.
            pl | Latn | Urząd miasta poinformował w poniedziałek, że nowa linia tramwajowa zostanie uruchomiona w przyszłym miesiącu i połączy centrum z północnymi dzielnicami.
            cs | Latn | Magistrát v pondělí oznámil, že nová tramvajová linka začne jezdit příští měsíc a propojí centrum města se severními čtvrtěmi.
            lt | Latn | Savivaldybė pirmadienį pranešė, kad nauja tramvajaus linija pradės veikti kitą mėnesį ir sujungs miesto centrą su šiauriniais rajonais.
            is | Latn | Borgin tilkynnti á mánudag að nýja sporvagnaleiðin verði tekin í notkun í næsta mánuði og tengi miðbæinn við hverfin í norðri.
            id | Latn | Pemerintah kota mengumumkan pada hari Senin bahwa jalur trem baru akan mulai beroperasi bulan depan dan menghubungkan pusat kota dengan wilayah utara.
            """)
    void eachLanguageIsIdentifiedWithItsScript(String tag, String script, String text) {
        LanguageIdentifier identifier = new LanguageIdentifier(Set.of("en", "zh", "ja", "ko", "fr", "es", "pt", "de",
                "ru", "ar", "he", "fa", "hi", "th", "vi", "tr", "kk", "da", "sv", "nb", "no", "nn", "nl", "it", "pl", "cs",
                "lt", "is", "id"));
        Language language = identifier.identify(text, null);
        assertEquals(tag, language.tag());
        assertEquals(script, language.script());
        assertEquals(Set.of("Hebr", "Arab").contains(script) ? Direction.RTL : Direction.LTR, language.direction());
    }

    @Test
    void statedChineseGetsItsScriptFromTheText() {
        assertEquals("zh-Hant", IDENTIFIER.identify("記者從市交通運輸局獲悉，新的輕軌電車線路將於下月開通營運。", "zh").tag());
        assertEquals("zh-Hans", IDENTIFIER.identify("记者从市交通运输局获悉，新的有轨电车线路将于下月开通运营。", "zh").tag());
    }

    @Test
    void cyrillicTextIsInCyrillicScript() {
        Language language = IDENTIFIER.identify("Паромное сообщение с островом возобновилось в понедельник утром после "
                + "трёхдневного перерыва из-за шторма.", null);
        assertEquals("Cyrl", language.script());
        assertEquals("ru", language.tag());
    }
}
