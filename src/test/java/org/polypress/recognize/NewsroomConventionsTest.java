package org.polypress.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.polypress.model.Article;
import org.polypress.model.Block;
import org.polypress.model.Credit;
import org.polypress.testing.PipelineStages;

/**
 * Each newsroom convention the multilingual issue names, recognized in a small article of its language
 * written for this test: bylines, agency datelines, dates, caption credits and credit lines.
 */
class NewsroomConventionsTest {

    @TempDir
    Path dir;

    private Article article(String language, String... blocks) throws Exception {
        Path file = dir.resolve("story." + language + ".txt");
        Files.writeString(file, String.join("\n\n", blocks), StandardCharsets.UTF_8);
        return PipelineStages.get().recognize(file);
    }

    private static String paragraph(String language) {
        return switch (language) {
            case "fr" -> "Le nouveau pont sur la rivière a été ouvert à la circulation lundi matin après deux ans de travaux.";
            case "es" -> "El nuevo puente sobre el río se abrió al tráfico el lunes por la mañana tras dos años de obras.";
            case "pt" -> "A nova ponte sobre o rio foi aberta ao trânsito na segunda-feira de manhã, após dois anos de obras.";
            case "de" -> "Die neue Brücke über den Fluss wurde am Montagmorgen nach zwei Jahren Bauzeit für den Verkehr freigegeben.";
            case "ru" -> "Новый мост через реку открыли для движения в понедельник утром после двух лет строительства.";
            case "ar" -> "افتتح الجسر الجديد فوق النهر أمام حركة المرور صباح الاثنين بعد عامين من أعمال البناء.";
            case "zh" -> "横跨河流的新大桥经过两年建设，于周一上午正式通车，市民出行更加便捷。";
            case "ja" -> "川に架かる新しい橋が２年間の工事を経て、月曜日の朝に開通しました。";
            case "ko" -> "강을 가로지르는 새 다리가 2년간의 공사를 마치고 월요일 아침 개통됐다.";
            case "vi" -> "Cây cầu mới bắc qua sông đã chính thức thông xe vào sáng thứ Hai sau hai năm thi công.";
            case "th" -> "สะพานแห่งใหม่ข้ามแม่น้ำเปิดให้รถสัญจรได้เมื่อเช้าวันจันทร์หลังการก่อสร้างนานสองปี";
            case "da" -> "Den nye bro over havnen blev åbnet for trafik mandag morgen efter to års byggeri.";
            case "sv" -> "Den nya bron över älven öppnades för trafik på måndagsmorgonen efter två års byggande.";
            case "nb", "no", "nn" -> "Den nye brua over elva ble åpnet for trafikk mandag morgen etter to års bygging.";
            case "nl" -> "De nieuwe brug over de rivier is maandagochtend na twee jaar bouwen opengesteld voor het verkeer.";
            case "it" -> "Il nuovo ponte sul fiume è stato aperto al traffico lunedì mattina dopo due anni di lavori.";
            case "pl" -> "Nowy most na rzece został otwarty dla ruchu w poniedziałek rano po dwóch latach budowy.";
            case "cs" -> "Nový most přes řeku byl v pondělí ráno po dvou letech stavby otevřen pro dopravu.";
            case "lt" -> "Naujasis tiltas per upę pirmadienio rytą po dvejų metų statybų atidarytas eismui.";
            case "is" -> "Nýja brúin yfir ána var opnuð fyrir umferð á mánudagsmorgun eftir tveggja ára framkvæmdir.";
            case "id" -> "Jembatan baru di atas sungai resmi dibuka untuk lalu lintas pada Senin pagi setelah dua tahun dibangun.";
            default -> "The new bridge over the river opened to traffic on Monday morning after two years of work.";
        };
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | By Li Xin and Wang Peng                 | Li Xin;Wang Peng
            fr | Par Claire Dubois et Marc Lefèvre        | Claire Dubois;Marc Lefèvre
            es | Por María López y Juan Pérez             | María López;Juan Pérez
            pt | Por Ana Souza e Pedro Lima               | Ana Souza;Pedro Lima
            de | Von Anna Schmidt und Jonas Weber         | Anna Schmidt;Jonas Weber
            de | Von Anna Schmidt, Jonas Weber und Lisa Meier | Anna Schmidt;Jonas Weber;Lisa Meier
            de | Von Anna Schmidt, Redakteurin für Wirtschaft | Anna Schmidt
            de | Ein Kommentar von Jonas Weber, Berlin    | Jonas Weber
            ru | Автор: Ирина Соколова и Павел Морозов    | Ирина Соколова;Павел Морозов
            ar | بقلم سارة الخطيب                         | سارة الخطيب
            zh | 记者 宋晨 田中全                          | 宋晨;田中全
            ko | 홍길동 기자                               | 홍길동
            """)
    void bylinesNameTheirAuthors(String language, String byline, String authors) throws Exception {
        Article a = article(language, "Headline", byline, paragraph(language), paragraph(language));
        assertEquals(List.of(authors.split(";")), a.authors());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | SEOUL, Aug. 20 (Yonhap) --     | SEOUL    | Yonhap
            en | (CNN) --                       |          | CNN
            fr | PARIS (AFP) -                  | PARIS    | AFP
            ru | МОСКВА, 5 июля. /ТАСС/.        | МОСКВА   | ТАСС
            zh | 新华社北京4月24日电              | 北京      | 新华社
            ar | دمشق، سوريا (CNN) --           | دمشق، سوريا | CNN
            """)
    void agencyDatelinesStayInTheTextAndNamePlaceAndAgency(String language, String dateline, String place,
            String agency) throws Exception {
        Article a = article(language, "Headline", dateline + " " + paragraph(language), paragraph(language));
        assertNotNull(a.dateline(), "dateline of " + dateline);
        assertEquals(place, a.dateline().place());
        assertEquals(agency, a.dateline().agency());
        assertTrue(((Block.Paragraph) a.body().get(0)).text().startsWith(dateline.strip()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            zh | 2024年04月24日23:52                             | 2024-04-24T23:52:00+08:00
            ko | 2025.05.15 15:30                               | 2025-05-15T15:30:00+09:00
            fr | 5 juillet 2024 à 14h38                         | 2024-07-05T14:38:00
            pt | 21.dez.2018 às 12h55                           | 2018-12-21T12:55:00
            de | Stand: 15.01.2025 10:00 Uhr                    | 2025-01-15T10:00:00+01:00
            ru | 5 июля 2024, 14:38                             | 2024-07-05T14:38:00
            ar | الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400) | 2013-08-28T14:00:00+04:00
            ar | ٥ يوليو ٢٠٢٤                                    | 2024-07-05
            th | 5 ก.ค. 2567 14:38 น.                            | 2024-07-05T14:38:00+07:00
            ja | 2025年1月21日 午後3時                             | 2025-01-21T15:00:00+09:00
            en | 10:12 BST, 14 May 2024                          | 2024-05-14T10:12:00+01:00
            en | 3 October 2024 8:15pm                          | 2024-10-03T20:15:00
            en | March 12 2024, 10:41 a.m.                      | 2024-03-12T10:41:00
            de | 12. 03. 2025, 09:41 Uhr                        | 2025-03-12T09:41:00+01:00
            fr | 12/03/2025 - 09:05 UTC+1                       | 2025-03-12T09:05:00+01:00
            """)
    void datesAreReadAsEachLanguageWritesThem(String language, String date, String iso) throws Exception {
        Article a = article(language, "Headline", date, paragraph(language), paragraph(language));
        assertEquals(iso, a.published().iso(), date);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | il y a 3 heures
            en | 3 hours ago
            """)
    void relativeDatesAreKeptAsWrittenWithoutAnInstant(String language, String date) throws Exception {
        Article a = article(language, "Headline", date, paragraph(language), paragraph(language));
        assertEquals(date, a.published().text());
        assertNull(a.published().iso());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            zh | 大桥正式通车。（图片由市交通局提供）   | 图片由市交通局提供
            zh | 大桥正式通车。（新华社记者 李鑫 摄）   | 新华社记者 李鑫 摄
            ja | 開通した新しい橋（山田太郎撮影）        | 山田太郎撮影
            ja | 開通した新しい橋（警視庁提供）          | 警視庁提供
            fr | Le nouveau pont, lundi. (Photo : AFP) | Photo : AFP
            de | Die neue Brücke am Montag. (Bild: Hersteller) | Bild: Hersteller
            en | The new bridge on Monday. (© Jane Doe) | © Jane Doe
            ja | 開通した新しい橋を渡る人たち（３日）＝ＡＰ  | ＡＰ
            nl | De nieuwe brug tijdens de opening. — © Jan Jansen | © Jan Jansen
            en | 'The new bridge on Monday. | Jane Doe/Example Agency' | Jane Doe/Example Agency
            en | The mayor stayed at the bridge for an hour. AP | AP
            en | The new bridge, seen from the river in 1959. (Courtesy of Jane Doe) | Courtesy of Jane Doe
            ko | 개통식에서 인사하는 시장. [사진 출처 = 연합뉴스] | 사진 출처 = 연합뉴스
            es | El nuevo puente en Valencia, el 11 de octubre. Juan Pérez (REUTERS) | Juan Pérez (REUTERS)
            es | El nuevo puente, el 1 de agosto de 2024.Ana Ruiz (Efe/Getty Images) | Ana Ruiz (Efe/Getty Images)
            de | Die neue Brücke am Montag, Foto: Anna Schmidt | Foto: Anna Schmidt
            fi | Uusi silta avattiin maanantaina. Kuva: Matti Virtanen | Kuva: Matti Virtanen
            hu | Az új híd hétfőn. Fotó: Kovács Anna | Fotó: Kovács Anna
            ja | 開通した新しい橋（３日）＝山田太郎撮影   | 山田太郎撮影
            """)
    void captionCreditsAreSplitFromTheCaption(String language, String caption, String credit) throws Exception {
        Article a = article(language, "Headline", paragraph(language), caption, paragraph(language));
        Block.Figure figure = a.body().stream().filter(b -> b instanceof Block.Figure).map(b -> (Block.Figure) b)
                .findFirst().orElseThrow(() -> new AssertionError("no figure in " + a.body()));
        assertEquals(credit, figure.credit());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            es | El nuevo puente, el lunes.~Foto: EFE          | EFE
            ru | Новый мост в понедельник~Фото: Коммерсантъ     | Коммерсантъ
            vi | Cây cầu mới vào sáng thứ Hai.~Ảnh: Minh Anh    | Minh Anh
            en | The new bridge on Monday.~Photograph by Jane Doe | Jane Doe
            en | The new bridge on Monday.~Image credit: Jane Doe | Jane Doe
            fi | Uusi silta avattiin maanantaina.~Kuva: Matti Virtanen | Matti Virtanen
            """)
    void creditOnTheCaptionsOwnLineIsCredited(String language, String caption, String name) throws Exception {
        Article a = article(language, "Headline", paragraph(language), caption.replace('~', '\n'), paragraph(language));
        assertTrue(a.body().stream().anyMatch(b -> b instanceof Block.Figure), a.body().toString());
        assertTrue(a.credits().stream().anyMatch(c -> c.name().equals(name)), a.credits().toString());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            zh | (责编：牛镛、岳弘彬)              | 牛镛;岳弘彬 | EDITOR
            ja | （編集NA）                       | NA         | EDITOR
            fr | (Rédacteur web : Paul Martin)   | Paul Martin | EDITOR
            es | (Traducido por Lucía Gómez)     | Lucía Gómez | TRANSLATOR
            ru | Редактор: Ольга Петрова         | Ольга Петрова | EDITOR
            en | (Edited by Zhou Lan)            | Zhou Lan   | EDITOR
            """)
    void creditLinesCreditTheirNamesAndStayVerbatim(String language, String line, String names, String role)
            throws Exception {
        Article a = article(language, "Headline", paragraph(language), paragraph(language), line);
        assertEquals(List.of(line.strip()), a.notes());
        for (String name : names.split(";")) {
            assertTrue(a.credits().contains(new Credit(name, org.polypress.model.Role.valueOf(role), line.strip())),
                    a.credits().toString());
        }
    }

    /**
     * A made-up article in each language that has its own conventions since the Nordic, Baltic, Central European,
     * Dutch, Italian and Indonesian newsrooms were added: its byline, its date line as that language's sites print
     * it, a caption closed by its credit, and an editor's, translator's or source line after the text.
     */
    @ParameterizedTest(name = "{0}: {1} | {3}")
    @CsvSource(delimiter = '|', textBlock = """
            da | Af Mette Holm og Jens Hansen          | Mette Holm;Jens Hansen           | 5. april 2024 kl. 14.38             | 2024-04-05T14:38:00+02:00 | Den nye bro over havnen mandag. Foto: Jens Hansen/Ritzau Scanpix | Foto: Jens Hansen/Ritzau Scanpix | Kilde: Ritzau                 | Ritzau           | SOURCE
            sv | Av Anna Lindqvist och Erik Berg       | Anna Lindqvist;Erik Berg         | Publicerad 14 mar 2025 kl 08.05     | 2025-03-14T08:05:00+01:00 | Den nya bron över älven på måndagen. Foto: Erik Berg/TT         | Foto: Erik Berg/TT               | Redigerad av Anna Lindqvist   | Anna Lindqvist   | EDITOR
            nb | Av Kari Nordmann og Ola Hansen        | Kari Nordmann;Ola Hansen         | fredag 10. mai 2024 - 08:45         | 2024-05-10T08:45:00+02:00 | Den nye brua over elva mandag. Foto: Ola Hansen/NTB             | Foto: Ola Hansen/NTB             | Oversatt av Kari Nordmann     | Kari Nordmann    | TRANSLATOR
            no | Av Kari Nordmann                      | Kari Nordmann                    | Publisert 05.01.2026 kl. 09.12      | 2026-01-05T09:12:00+01:00 | Den nye brua over elva mandag. (Foto: Ola Hansen)               | Foto: Ola Hansen                 | Kilde: NTB                    | NTB              | SOURCE
            nl | Door Anna de Vries en Jan Jansen      | Anna de Vries;Jan Jansen         | 5 april 2024 om 14:38               | 2024-04-05T14:38:00+02:00 | De nieuwe brug over de rivier op maandag. Foto: Jan Jansen/ANP  | Foto: Jan Jansen/ANP             | Eindredactie: Anna de Vries   | Anna de Vries    | EDITOR
            it | di Mario Rossi e Giulia Bianchi       | Mario Rossi;Giulia Bianchi       | 5 aprile 2024 alle 10:30            | 2024-04-05T10:30:00+02:00 | Il nuovo ponte sul fiume lunedì mattina (foto Ansa)             | foto Ansa                        | Traduzione di Giulia Bianchi  | Giulia Bianchi   | TRANSLATOR
            pl | Autorzy: Anna Nowak i Jan Kowalski    | Anna Nowak;Jan Kowalski          | 2 kwietnia 2024 r. o godz. 14:38    | 2024-04-02T14:38:00+02:00 | Nowy most na rzece w poniedziałek. Fot. PAP/Jan Kowalski        | Fot. PAP/Jan Kowalski            | Oprac. Anna Nowak             | Anna Nowak       | EDITOR
            cs | Autoři: Jana Nováková a Petr Svoboda  | Jana Nováková;Petr Svoboda       | 3. dubna 2025 14:38                 | 2025-04-03T14:38:00+02:00 | Nový most přes řeku v pondělí ráno. Foto: Petr Svoboda, ČTK     | Foto: Petr Svoboda, ČTK          | Zdroj: ČTK                    | ČTK              | SOURCE
            lt | Autorius: Jonas Petraitis             | Jonas Petraitis                  | 2024 m. balandžio 12 d. 09:05      | 2024-04-12T09:05:00+03:00 | Naujasis tiltas per upę pirmadienį / J. Petraičio / BNS nuotr.  | J. Petraičio / BNS nuotr.        | Vertė Ona Kazlauskienė        | Ona Kazlauskienė | TRANSLATOR
            is | Texti: Jón Jónsson og Anna Sigurðardóttir | Jón Jónsson;Anna Sigurðardóttir | 3. apríl 2025 kl. 10.15           | 2025-04-03T10:15:00Z      | Nýja brúin yfir ána á mánudag. Ljósmynd/Jón Jónsson             | Ljósmynd/Jón Jónsson             | Heimild: Reuters              | Reuters          | SOURCE
            id | Oleh Budi Santoso dan Siti Rahma      | Budi Santoso;Siti Rahma          | Rabu, 12 Maret 2025 09:15 WIB       | 2025-03-12T09:15:00+07:00 | Jembatan baru di atas sungai pada Senin pagi. (Dok. Humas Kota) | Dok. Humas Kota                  | Editor: Siti Rahma            | Siti Rahma       | EDITOR
            """)
    void eachNewsroomsBylineDateCaptionCreditAndCreditLineAreRecognized(String language, String byline, String authors,
            String date, String iso, String caption, String credit, String line, String name, String role)
            throws Exception {
        Article a = article(language, "Headline", byline, date, paragraph(language), caption, paragraph(language), line);
        assertEquals(List.of(authors.split(";")), a.authors(), byline);
        assertNotNull(a.published(), date);
        assertEquals(iso, a.published().iso(), date);
        Block.Figure figure = a.body().stream().filter(b -> b instanceof Block.Figure).map(b -> (Block.Figure) b)
                .findFirst().orElseThrow(() -> new AssertionError("no figure in " + a.body()));
        assertEquals(caption.substring(0, caption.indexOf(credit)).replaceFirst("[\\s(/]+$", ""), figure.caption());
        assertEquals(credit, figure.credit());
        assertEquals(List.of(line), a.notes());
        assertTrue(a.credits().contains(new Credit(name, org.polypress.model.Role.valueOf(role), line)),
                a.credits().toString());
        assertEquals(2, a.body().stream().filter(b -> b instanceof Block.Paragraph).count(), a.body().toString());
    }

    /**
     * What a reader's copy of a web page carries between headline and text, in each language's words: a byline's
     * label alone with the name under it and the job title under the name, a date's label alone with the date under
     * it, the reading time; then a caption closed by its credit without brackets, and an ad's label in the text.
     */
    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en | By  | Jane Doe     | Political Correspondent | Published | July 5, 2024       | 2024-07-05 | 5 min read | The new bridge on Monday. Photo: AFP | Photo: AFP | Advertisement
            de | Von | Anna Schmidt | Leitende Redakteurin    | Veröffentlicht am | 5. Juli 2024, 14:38 Uhr | 2024-07-05T14:38:00+02:00 | Lesezeit: 5 Minuten | Die neue Brücke am Montag. Foto: dpa | Foto: dpa | Anzeige
            fr | Par | Claire Dubois | Journaliste           | Publié le | 5 juillet 2024 à 14h38  | 2024-07-05T14:38:00 | Temps de lecture : 4 min | Le nouveau pont, lundi. Photo : AFP | Photo : AFP | Publicité
            es | Por | María López  | Redactora               | Actualizado a | 5 de julio de 2024, 14:38 | 2024-07-05T14:38:00 | Tiempo de lectura: 4 min | El nuevo puente, el lunes. EFE/ Juan Pérez | EFE/ Juan Pérez | Publicidad
            """)
    void labelsJobTitlesAndFurnitureOfTheReadersCopyAreTold(String language, String label, String name,
            String title, String dateLabel, String date, String iso, String readingTime, String caption, String credit,
            String ad) throws Exception {
        Article a = article(language, "Headline", label, name, title, dateLabel, date, readingTime,
                paragraph(language), caption, ad, paragraph(language));
        assertEquals(List.of(name), a.authors());
        assertEquals(iso, a.published().iso(), date);
        Block.Figure figure = a.body().stream().filter(b -> b instanceof Block.Figure).map(b -> (Block.Figure) b)
                .findFirst().orElseThrow(() -> new AssertionError("no figure in " + a.body()));
        assertEquals(credit, figure.credit());
        assertEquals(2, a.body().stream().filter(b -> b instanceof Block.Paragraph).count(), a.body().toString());
    }

    /** Lines every site of a language prints around its articles are the page's, not the article's text. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | 5 min read
            en | Advertisement 2
            en | Read more: A related story about bridges
            de | Lesezeit: 5 Minuten
            de | Lesen Sie auch: Ein anderer Artikel über Brücken
            fr | Lire aussi : Un autre article sur les ponts
            es | Publicidad
            da | Annonce
            sv | 'Uppdaterad 16.02 | Publicerad 11.40'
            nb | Annonsørinnhold
            nl | Advertentie
            it | 3 minuti di lettura
            pl | Czytaj więcej
            cs | Čtěte také
            lt | Reklama
            is | Auglýsing
            id | Baca juga:
            tr | Reklam
            ja | 1234文字
            ko | 페이스북에 공유하기
            ru | Читайте также
            pt | 02:17
            de | 'Audio 03:07 Min. | 25.04.24 | Jane Roe'
            en | 'Video 1:45 | March 3, 2025'
            en | The link has been copied to your clipboard.
            de | Die Artikel-URL wurde erfolgreich in Ihrer Zwischenablage gespeichert.
            """)
    void furnitureOfThePageIsNotTheArticlesText(String language, String furniture) throws Exception {
        Article a = article(language, "Headline", paragraph(language), furniture, paragraph(language));
        assertEquals(2, a.body().size(), a.body().toString());
        assertTrue(a.body().stream().allMatch(b -> b instanceof Block.Paragraph), a.body().toString());
    }

    /** A person's place in the picture ("(left)", "(l.)", "(à gauche)") is said only by a photo caption. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Jane Doe (left) and John Roe after the vote on Monday.
            de | Anna Schmidt (l.) und Jens Weber (r.) nach der Wahl am Montag.
            fr | Claire Dubois (à gauche) et Marc Petit, lundi, après le vote.
            es | María López (a la izquierda) y Juan Pérez, el lunes, tras la votación.
            it | Mario Rossi (a sinistra) e Giulia Bianchi dopo il voto di lunedì.
            nl | Anna de Vries (links) en Jan Jansen na de stemming op maandag.
            sv | Anna Lindqvist (t.v.) och Erik Berg efter omröstningen på måndagen.
            da | Mette Holm (t.v.) og Jens Hansen efter afstemningen mandag.
            nb | Kari Nordmann (t.v.) og Ola Hansen etter avstemningen mandag.
            pl | Anna Nowak (z lewej) i Jan Kowalski po głosowaniu w poniedziałek.
            cs | Jana Nováková (vlevo) a Petr Svoboda po hlasování v pondělí.
            pt | Ana Silva (à esquerda) e João Souza após a votação de segunda-feira.
            """)
    void aPersonsPlaceInThePictureMakesTheLineACaption(String language, String caption) throws Exception {
        Article a = article(language, "Headline", paragraph(language), caption, paragraph(language));
        List<Block.Figure> figures = a.body().stream().filter(b -> b instanceof Block.Figure)
                .map(b -> (Block.Figure) b).toList();
        assertEquals(1, figures.size(), a.body().toString());
        assertEquals(caption, figures.get(0).caption());
        assertEquals(2, a.body().stream().filter(b -> b instanceof Block.Paragraph).count(), a.body().toString());
    }

    @org.junit.jupiter.api.Test
    void editorsInitialsClosingTheLastParagraphAreCredited() throws Exception {
        Article a = article("de", "Schlagzeile", paragraph("de"), "Die Stadt plant weitere Brücken im Norden. (bsc)");
        assertTrue(a.credits().stream().anyMatch(c -> c.name().equals("bsc")), a.credits().toString());
    }

    @org.junit.jupiter.api.Test
    void reportersClosingAChineseArticleAreItsAuthors() throws Exception {
        Article a = article("zh", "新桥通车", paragraph("zh"), "市交通局表示，将继续完善周边道路。（记者宋晨、田中全）");
        assertEquals(List.of("宋晨", "田中全"), a.authors());
    }

    @org.junit.jupiter.api.Test
    void wireEmailAndEndMarkerAreCreditLinesNotParagraphs() throws Exception {
        Article a = article("en", "Headline", paragraph("en"), paragraph("en"), "desk@example.org\n(END)");
        assertEquals(2, a.body().size());
        assertTrue(a.credits().stream().anyMatch(c -> c.name().equals("desk@example.org")), a.credits().toString());
    }
}
